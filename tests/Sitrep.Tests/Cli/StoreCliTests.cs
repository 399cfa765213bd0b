using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public class StoreCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void Ingest_then_search_and_show_through_the_cli()
    {
        _dir.File("in/a.txt", "Army enters Albukamal\n\nSyrian troops entered Albukamal on Wednesday, the last town of any size held by Daesh in the country, the army general command said in a statement read on state television.\n\nResidents who fled across the desert said the fighting had lasted for nine days.");
        _dir.File("in/b.txt", "Frigate in Tartus\n\nA Russian frigate armed with Kalibr cruise missiles docked in Tartus on Monday, the Russian naval base on the Syrian coast, a spokesman for the Black Sea Fleet said.\n\nThe ship will stay in the port for several weeks, he added.");
        var ingest = SitrepCli.Run(_dir.Path, null, "ingest", "in");
        ingest.ExitCode.Should().Be(0, ingest.Stderr);
        ingest.Stderr.Should().Contain("2 new");
        SitrepCli.Run(_dir.Path, null, "ingest", "in").Stderr.Should().Contain("0 new").And.Contain("2 already stored");

        var search = SitrepCli.Run(_dir.Path, null, "search", "Albukamal");
        search.ExitCode.Should().Be(0, search.Stderr);
        var hit = System.Text.Json.JsonDocument.Parse(search.Lines.Single()).RootElement;
        var id = hit.GetProperty("id").GetString()!;
        hit.GetProperty("highlights").GetArrayLength().Should().BeGreaterThan(0);

        var show = SitrepCli.Run(_dir.Path, null, "show", id[..6]);
        show.ExitCode.Should().Be(0, show.Stderr);
        ContractValidator.Validate(show.Stdout).Should().BeEmpty();
        SitrepCli.Run(_dir.Path, null, "show", "ffffffffffff").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Said_by_lists_what_one_speaker_is_reported_to_have_said_across_outlets()
    {
        // The option was passed to the store as an event-type filter (a positional argument one place off), so it found nothing.
        _dir.File("in/a.txt", "Talks in Geneva\n\nForeign Minister Sergey Lavrov met the UN envoy in Geneva on Monday as the talks on a ceasefire in Aleppo stalled for a third week.\n\n“We will not yield to blackmail,” Lavrov said after the meeting.");
        _dir.File("in/b.txt", "Convoy reaches Deir ez-Zor\n\nThe first aid convoy in three years reached the besieged city of Deir ez-Zor on Tuesday after a journey of four days through the desert.\n\nRussian Foreign Minister Sergey Lavrov told reporters that the corridor would stay open until Friday.");
        SitrepCli.Run(_dir.Path, null, "ingest", "in").ExitCode.Should().Be(0);
        var r = SitrepCli.Run(_dir.Path, null, "search", "--said-by", "Sergey Lavrov", "--format", "jsonl");
        r.ExitCode.Should().Be(0, r.Stderr);
        var said = r.Lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        said.Select(x => x.GetProperty("content").GetString()).Should().BeEquivalentTo(["“We will not yield to blackmail,”", "that the corridor would stay open until Friday"]);
        said.Should().OnlyContain(x => x.GetProperty("source_canonical").GetString() == "Sergey Lavrov");
        SitrepCli.Run(_dir.Path, null, "search", "blackmail", "--said-by", "Sergey Lavrov", "--format", "jsonl").Lines.Should().ContainSingle();
    }

    [Fact]
    public void Read_verbs_on_a_missing_store_explain_what_to_do()
    {
        var r = SitrepCli.Run(_dir.Path, null, "search", "x", "--db", "nothing.db");
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("sitrep ingest");
        File.Exists(Path.Combine(_dir.Path, "nothing.db")).Should().BeFalse();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
