using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public class AnalyzeCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void Prints_one_contract_valid_object_per_document_and_an_error_record_per_bad_input()
    {
        _dir.File("in/a.txt", "Strikes near Palmyra\n\nThe Russian Defence Ministry said on Tuesday that more than 80 terrorists were killed when its aircraft struck three convoys leaving Raqqa for Palmyra.\n\nThe ministry said 36 cars and eight fuel trucks were destroyed in the strikes, which took place on the night of May 29 to 30.");
        _dir.File("in/b.html", "<html><head><title>Deir ez-Zor</title><script>var x = 1;</script></head><body><nav>Home | World</nav><p>The siege of Deir ez-Zor goes on.</p><footer>© 2017</footer></body></html>");
        _dir.File("in/c.bin", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]);
        var r = SitrepCli.Run(_dir.Path, null, "analyze", "in");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Lines.Should().HaveCount(3);
        foreach (var line in r.Lines) ContractValidator.Validate(line).Should().BeEmpty(line);
        r.Lines[0].Should().Contain("\"format\":\"text\"").And.Contain("80 terrorists");
        r.Lines[1].Should().Contain("siege of Deir ez-Zor").And.NotContain("var x").And.NotContain("Home | World");
        r.Lines[2].Should().Contain("\"error\":").And.Contain("ELF");
    }

    [Fact]
    public void Reads_standard_input_when_no_input_is_given()
    {
        var r = SitrepCli.Run(_dir.Path, "<html><body><article><p>Aleppo was shelled overnight, according to monitors.</p></article></body></html>", "analyze");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Lines.Should().ContainSingle().Which.Should().Contain("\"format\":\"html\"").And.Contain("\"path\":null");
    }

    [Fact]
    public void A_missing_input_path_is_bad_usage_with_exit_status_2()
    {
        var r = SitrepCli.Run(_dir.Path, null, "analyze", "does-not-exist.txt");
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("does-not-exist.txt");
    }

    [Fact]
    public void Json_format_prints_an_array_and_output_goes_to_a_file()
    {
        _dir.File("a.txt", "Raqqa\n\nThe SDF advanced on Raqqa.");
        var r = SitrepCli.Run(_dir.Path, null, "analyze", "a.txt", "--format", "json", "--output", "out.json");
        r.ExitCode.Should().Be(0, r.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.Path, "out.json")));
        doc.RootElement.GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Url_and_date_hints_reach_the_record()
    {
        _dir.File("a.html", "<html><body><p>Text about Tartus and the Russian naval base there.</p></body></html>");
        var r = SitrepCli.Run(_dir.Path, null, "analyze", "a.html", "--url", "https://www.theduran.com/a-story/");
        r.Lines.Should().ContainSingle().Which.Should().Contain("\"url\":\"https://www.theduran.com/a-story/\"");
        SitrepCli.Run(_dir.Path, null, "analyze", "a.html", "--date", "16/12/2016").ExitCode.Should().Be(2);
    }

    [SkippableFact]
    public void Every_seed_page_gives_a_contract_valid_record()
    {
        Skip.If(SharedData.Seeds is null, "../shared/seeds is absent");
        var r = SitrepCli.Run(_dir.Path, null, "analyze", SharedData.Seeds!);
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Lines.Should().HaveCount(5);
        foreach (var line in r.Lines) ContractValidator.Validate(line).Should().BeEmpty();
    }

    public void Dispose() => _dir.Dispose();
}
