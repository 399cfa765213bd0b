using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Read;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Web;

/// <summary>
/// A small store for the web tests, built once per test class: three reports of one story (the second reuses
/// the first's text), pages carrying script and event-handler payloads, and one hand-made document with every
/// layer (attributions, events) whose speaker and figures are hostile too. Links and the story are written
/// straight into their tables, as the linking stage will write them.
/// </summary>
public sealed class WebStore : IDisposable
{
    /// <summary>What a payload that ran would leave behind (checked in the browser tests).</summary>
    public const string Marker = "__sitrep_xss";

    public static readonly string[] Payloads =
    [
        $"<script>window.{Marker}='script';document.title='PWNED'</script>",
        $"<img src=x onerror=\"window.{Marker}='onerror';document.body.setAttribute('data-pwned','1')\">",
        $"\"><svg onload=\"window.{Marker}='svg'\"></svg>",
        $"'><iframe srcdoc=\"<script>parent.{Marker}='iframe'</script>\"></iframe>",
    ];

    private readonly TempDir _dir = new();
    public string DbPath { get; }
    public string Original { get; private set; } = "";
    public string Echo { get; private set; } = "";
    public string Independent { get; private set; } = "";
    public string Hostile { get; private set; } = "";
    public string Annotated { get; } = "a11ce0000000000a";
    public const string StoryId = "story-palmyra-convoys";

    public WebStore()
    {
        DbPath = Path.Combine(_dir.Path, "web.db");
        var lines = new[]
        {
            Line("https://www.example-wire.com/palmyra-convoys", "Russian jets strike convoys fleeing Raqqa towards Palmyra", "2017-05-25", "Example Wire",
                "MOSCOW, May 25 (Example Wire) - Russian aircraft destroyed two convoys of Islamic State fighters leaving Raqqa for Palmyra, the Russian Defence Ministry said on Thursday.\n\n" +
                "The ministry said more than 80 militants were killed and 39 pickup trucks were destroyed in strikes near the desert road north of Palmyra.\n\n" +
                "Syrian government forces have been advancing east of Palmyra since March."),
            Line("https://www.echo-daily.net/news/convoys", "Moscow: convoys of terrorists wiped out near Palmyra", "2017-05-26", "Echo Daily",
                "Russian aircraft destroyed two convoys of Islamic State fighters leaving Raqqa for Palmyra, the Russian Defence Ministry said.\n\n" +
                "The ministry said more than 80 terrorists were killed and 39 pickup trucks were destroyed near the desert road north of Palmyra.\n\n" +
                "Readers asked whether the convoys had been allowed to leave under a local deal."),
            Line("https://www.steppe-observer.org/raqqa-road", "Monitor reports strikes on the Raqqa-Palmyra road", "2017-05-27", "Steppe Observer",
                "A war monitor based in Britain reported air strikes on vehicles on the road between Raqqa and Palmyra, but could not confirm the number of dead.\n\n" +
                "Local activists said civilians had been travelling with the vehicles."),
            Line("https://www.hostile-news.test/payload", "Payload " + Payloads[1], "2017-06-01", "Hostile " + Payloads[2],
                // Paragraphs long enough to read as article text (short ones are cut as chrome, payload and all).
                "Witnesses in Palmyra described the attack " + Payloads[1] + " in detail, saying that government forces had shelled the eastern districts for several hours before dawn.\n\n" +
                "Residents of Palmyra said " + Payloads[0] + " that the roads out of the city had been closed since Tuesday and that food was running short in the old quarter.\n\n" +
                "Activists in Palmyra reported " + Payloads[2] + " and " + Payloads[3] + " that several families had left for the villages to the west of the city on foot."),
        };
        var corpus = _dir.File("corpus/wire.jsonl", string.Join('\n', lines) + "\n");

        using var store = SqliteStore.Open(DbPath);
        // Links and stories are written by hand below (exact values to assert); the linker has its own tests.
        store.LinkOnWrite = false;
        // Only the hand-made document below carries attributions and events, so the API tests can state exact
        // counts; the attribution and event stages are tested in their own folders.
        var stages = DocumentProcessor.CreateDefault(["language", "entities", "places"]);
        new Ingestor(store, stages, workers: 1).RunAsync(new InputReader(ReadOptions.Default).Read([corpus])).GetAwaiter().GetResult();
        var ids = store.List(100).ToDictionary(d => d.Outlet ?? "", d => d.Id);
        Original = ids["Example Wire"];
        Echo = ids["Echo Daily"];
        Independent = ids["Steppe Observer"];
        Hostile = ids.Single(kv => kv.Key.StartsWith("Hostile")).Value;
        store.Write([AnnotatedDocument()]);

        using var c = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO links(kind, a, b, a_start, a_end, b_start, b_end, score) VALUES ('reuse', $a, $b, 0, 170, 0, 150, 0.82);
            INSERT INTO stories(story, label, document) VALUES ($s, 'Strikes on convoys near Palmyra', $a), ($s, 'Strikes on convoys near Palmyra', $b), ($s, 'Strikes on convoys near Palmyra', $c);
            """;
        cmd.Parameters.AddWithValue("$a", Original);
        cmd.Parameters.AddWithValue("$b", Echo);
        cmd.Parameters.AddWithValue("$c", Independent);
        cmd.Parameters.AddWithValue("$s", StoryId);
        cmd.ExecuteNonQuery();
    }

    private static string Line(string url, string title, string date, string outlet, string text) =>
        JsonSerializer.Serialize(new { url, title, date, outlet, text });

    /// <summary>A document with every layer, built by hand so the page tests do not depend on what the analysis stages find today.</summary>
    private StoredDocument AnnotatedDocument()
    {
        const string speaker = "Igor Konashenkov";
        var body = $"Major General {speaker} said that \"more than 80 militants were killed\" near Palmyra.\n\n" +
                   $"A commenter wrote {Payloads[1]} under the report.";
        int Find(string s) => body.IndexOf(s, StringComparison.Ordinal);
        var quote = "more than 80 militants were killed";
        var doc = new Document
        {
            Id = Annotated,
            Source = new SourceInfo(null, "javascript:window.__sitrep_xss='url'", "text"),
            Body = body,
            Title = "Konashenkov on the convoys " + Payloads[0],
            Outlet = new Outlet("Annotated Agency", "annotated.test"),
            Published = new PublishedDate("2017-05-28", "day", "fixture", 1.0),
            Comments = [new Comment("<b onmouseover=alert(1)>troll</b>", null, "First! " + Payloads[0])],
            Entities = [new EntityMention(new TextSpan(Find(speaker), Find(speaker) + speaker.Length), speaker, "PERSON", speaker, null)],
            Places =
            [
                new PlaceMention(new TextSpan(Find("Palmyra"), Find("Palmyra") + 7), "Palmyra", "Tadmur", "SY", 34.56, 38.28, 170, "city"),
                // A hostile place name, so the map's popups and tooltips (built in JavaScript) meet a payload too.
                new PlaceMention(new TextSpan(Find("the report"), Find("the report") + 10), "the report", Payloads[1], "SY", 35.0, 38.5, null, "feature"),
            ],
            Attributions =
            [
                new Attribution("direct", new TextSpan(Find(quote), Find(quote) + quote.Length), new TextSpan(Find("said"), Find("said") + 4),
                    new TextSpan(Find(speaker), Find(speaker) + speaker.Length), speaker, "person"),
                new Attribution("according_to", new TextSpan(Find("A commenter"), body.Length - 1), new TextSpan(Find("wrote"), Find("wrote") + 5),
                    new TextSpan(Find("A commenter"), Find("A commenter") + 11), Payloads[1], "unknown"),
            ],
            Events =
            [
                new Event("AIR_STRIKE", "ASSAULT", new TextSpan(0, body.IndexOf("\n\n", StringComparison.Ordinal)), new EventDate("2017-05-25", "day"),
                    new EventPlace("Tadmur", 34.56, 38.28, "SY"), ["Russian Aerospace Forces"], ["Islamic State"],
                    [new Quantity(80, "more than", "militants", "killed")], "Russian Defence Ministry"),
            ],
            Removed = [new RemovedBlock("Share on Facebook | Tweet " + Payloads[1], "share widget")],
        };
        return new StoredDocument(doc, ContractJson.Serialize(doc));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
