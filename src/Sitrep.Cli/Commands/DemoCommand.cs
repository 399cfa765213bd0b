using System.CommandLine;
using Sitrep.Read;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep demo</c>: ingests the bundled samples/ corpus into the store and prints a readable summary
/// (documents, outlets, comments kept apart, errors, an example search). The README's first command.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var samples = new Option<string?>("--samples") { Description = "The sample corpus (default: samples/ of this repository)." };
        var command = new Command("demo", "Ingest the bundled sample corpus and print a summary.") { db, samples };
        command.SetAction(async (p, ct) =>
        {
            var dir = p.GetValue(samples) ?? FindSamples();
            if (dir is null || !Directory.Exists(dir))
            {
                Console.Error.WriteLine("sitrep demo: samples/ not found; pass --samples DIR");
                return ExitCodes.Usage;
            }
            var dbPath = p.GetValue(db)!;
            // The corpus lives in one folder per format; samples/README.md and samples/tools are not documents.
            var inputs = Directory.GetDirectories(dir).Where(d => !Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) != "tools").Order(StringComparer.Ordinal).ToArray();
            var result = await IngestCommand.Run(inputs, ReadOptions.Default, dbPath, 0, ct, quiet: true);
            if (result is null) return ExitCodes.Failure;
            using var store = SqliteStore.OpenExisting(dbPath);
            Print(store, dir, dbPath, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IDocumentStore store, string dir, string dbPath, Pipeline.Ingestor.Result result)
    {
        var stats = store.Stats();
        AnsiConsole.Write(new Rule("[bold]Sitrep demo[/]").LeftJustified());
        AnsiConsole.WriteLine($"Ingested {Markup.Escape(dir)} into {Markup.Escape(dbPath)}: {result.Added} new documents, {result.Skipped} already stored, {result.Errors} error records ({result.Elapsed.TotalSeconds:F1} s).");
        AnsiConsole.WriteLine($"The store holds {stats.Documents} documents from {stats.ByOutlet.Count} outlets.");

        // Narrow enough for an 80-column terminal or a log file: the title gets the remaining width.
        var docs = new Table().Border(TableBorder.Rounded).Title("documents")
            .AddColumn("id").AddColumn(new TableColumn("published").NoWrap()).AddColumn(new TableColumn("outlet").NoWrap()).AddColumn(new TableColumn("lang·fmt").NoWrap())
            .AddColumn(new TableColumn("cmts").RightAligned()).AddColumn(new TableColumn("title").NoWrap());
        foreach (var d in store.List(60))
            docs.AddRow(new Text(d.Id[..6]), new Text(d.Published ?? "?"), new Text(Trim(d.Outlet ?? "?", 14)),
                new Text($"{d.Language ?? "?"}·{d.Format}"), new Text(d.Comments.ToString()), new Text(Trim(d.Title ?? "(untitled)", 18)));
        AnsiConsole.Write(docs);

        var errors = store.Errors(20);
        if (errors.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("inputs that could not be read (kept as error records)").AddColumn("input").AddColumn("reason");
            foreach (var e in errors) table.AddRow(new Text(e.Source.Describe()), new Text(e.Reason));
            AnsiConsole.Write(table);
        }

        var hits = store.Search(new SearchQuery("Palmyra", 5));
        AnsiConsole.Write(new Rule("search: Palmyra").LeftJustified());
        foreach (var h in hits)
            AnsiConsole.WriteLine($"{h.Id[..8]}  {Trim(h.Title ?? "(untitled)", 70)}\n          {Trim(h.Snippet, 140)}");

        var links = store.Links().ToList();
        var stories = store.Stories().ToList();
        AnsiConsole.Write(new Rule("across documents").LeftJustified());
        AnsiConsole.WriteLine($"{links.Count(l => l.Kind == "duplicate")} near-duplicate pairs, {links.Count(l => l.Kind == "reuse")} reused passages, {stories.Count} stories ({stories.Count(x => x.Documents.Count > 1)} with 2+ documents)");
        foreach (var story in stories.Where(x => x.Documents.Count > 1).OrderByDescending(x => x.Documents.Count).Take(5))
            AnsiConsole.WriteLine($"  {story.Documents.Count} docs  {Trim(story.Label, 68)}");
        AnsiConsole.WriteLine();
        AnsiConsole.WriteLine("Next: ./sitrep search \"Defence Ministry\"   ./sitrep show ID   ./sitrep analyze samples/text");
        AnsiConsole.WriteLine("      ./sitrep links   ./sitrep stories   ./sitrep trace ID");
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>samples/ next to the current directory or above the installed CLI (.build/cli → repo root).</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "README.md"))) return candidate;
            }
        }
        return null;
    }
}
