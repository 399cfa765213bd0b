using System.CommandLine;
using Sitrep.Link.Evaluation;
using Sitrep.Read;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval links --data DIR</c>: precision and recall of duplicate pairs and reused passages on a set
/// generated from real articles (<see cref="ReuseSet"/>), then FA-KES as it is: stories found, 30 random
/// links to check by hand, and figure claims that disagree across outlets.
/// </summary>
public static class EvalLinksCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder (corpus-fakes/, attribution-polnear/).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated set.", DefaultValueFactory = _ => 20261123 };
        var sample = new Option<int>("--sample") { Description = "FA-KES links printed for a manual check.", DefaultValueFactory = _ => 30 };
        var showWrong = new Option<int>("--show-wrong") { Description = "Links not in the gold to print.", DefaultValueFactory = _ => 5 };
        var command = new Command("links", "Duplicates and reused passages: P/R on a generated set from real text; FA-KES stories, sample links, disagreeing figures.") { data, seed, sample, showWrong };
        command.SetAction(async (p, ct) =>
        {
            var dir = p.GetValue(data)!;
            var articles = SourceArticles.Load(dir);
            if (articles.Count < 100)
            {
                Console.Error.WriteLine($"sitrep eval links: fewer than 100 source articles under {dir} (need corpus-fakes/ or attribution-polnear/)");
                return ExitCodes.Usage;
            }
            var work = Path.Combine(Path.GetTempPath(), $"sitrep-eval-links-{Environment.ProcessId}");
            Directory.CreateDirectory(work);
            try
            {
                var set = ReuseSet.Build(articles, p.GetValue(seed));
                Console.WriteLine($"test set: {set.Description}");
                var (s, wrong) = LinkEvaluation.Run(set, work);
                Console.WriteLine($"duplicates: precision {s.DuplicatePrecision:F3} ({s.CorrectDuplicates}/{s.PredictedDuplicates}), recall {s.DuplicateRecall:F3} ({s.CorrectDuplicates}/{s.GoldDuplicates}), original first in {s.DuplicatesDirected}/{s.CorrectDuplicates}");
                Console.WriteLine($"reused passages: precision {s.ReusePrecision:F3} ({s.CorrectReuse}/{s.PredictedReuse} links), recall {s.ReuseRecall:F3} ({s.PassagesFound}/{s.GoldPassages} passages)");
                Console.WriteLine($"not scored: {s.LinksAmongUntouched} links between untouched articles, {s.SourceReuse} links explained by text the source articles already share (real reuse in the corpora, no gold)");
                Console.WriteLine($"linking + storing: {s.MillisecondsPerDocument:F2} ms per document");
                var bodies = set.Documents.ToDictionary(d => d.Id, d => d.Body);
                foreach (var l in wrong.Take(p.GetValue(showWrong)))
                    Console.WriteLine($"  not in gold: {l.Kind} {l.A} {l.B} [{l.AStart},{l.AEnd}) [{l.BStart},{l.BEnd}) {l.Score:F2}\n    a: {Cut(bodies[l.A], l.AStart, l.AEnd)}\n    b: {Cut(bodies[l.B], l.BStart, l.BEnd)}");

                var fakes = Path.Combine(dir, "corpus-fakes", "FA-KES-Dataset.csv");
                if (File.Exists(fakes) && Environment.GetEnvironmentVariable("SITREP_EVAL_NO_FAKES") is null) await FaKes(fakes, Path.Combine(work, "fakes.db"), p.GetValue(sample), ct);
                return ExitCodes.Ok;
            }
            finally { Directory.Delete(work, recursive: true); }
        });
        return command;
    }

    private static async Task FaKes(string csv, string db, int sample, CancellationToken ct)
    {
        var result = await IngestCommand.Run([csv], ReadOptions.Default, db, 0, ct, quiet: true);
        if (result is null) return;
        using var store = SqliteStore.OpenExisting(db);
        var stories = store.Stories().ToList();
        var links = store.Links().ToList();
        Console.WriteLine();
        Console.WriteLine($"FA-KES: {result.Added} articles ingested with the full pipeline in {result.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"stories: {stories.Count} ({stories.Count(x => x.Documents.Count > 1)} with 2+ articles, largest {stories.Max(x => x.Documents.Count)}); links: {links.Count(l => l.Kind == "duplicate")} duplicate, {links.Count(l => l.Kind == "reuse")} reuse");
        foreach (var st in stories.OrderByDescending(x => x.Documents.Count).Take(10))
            Console.WriteLine($"  {st.Id} {st.Documents.Count,3} articles  {st.Label}");
        var rng = new Random(30);
        Console.WriteLine($"{Math.Min(sample, links.Count)} random links for a manual check:");
        foreach (var l in links.OrderBy(_ => rng.Next()).Take(sample))
        {
            var a = Snippet(store, l.A, l.AStart, l.AEnd);
            var b = Snippet(store, l.B, l.BStart, l.BEnd);
            Console.WriteLine($"- {l.Kind} {l.Score:F2} {l.A} [{l.AStart},{l.AEnd}) {a.Meta}\n    a: {a.Text}\n    b: {l.B} [{l.BStart},{l.BEnd}) {b.Meta}: {b.Text}");
        }
        var disagreeing = store.DisagreeingFigures();
        Console.WriteLine(disagreeing.Count == 0 && !HasEvents(store)
            ? "figure claims that disagree: none: the events layer is not in this branch (issue 6), so no figure claims were read"
            : $"figure claims that disagree across outlets: {disagreeing.Count}");
        foreach (var cluster in disagreeing.Take(20))
            Console.WriteLine($"  {cluster[0].Key}: " + string.Join("; ", cluster.Select(c => $"{c.Value} ({c.Document[..8]})")));
    }

    private static string Cut(string body, int start, int end)
    {
        var cp = new Output.CodePointIndex(body);
        int s = Math.Clamp(cp.ToUtf16(start), 0, body.Length), e = Math.Clamp(cp.ToUtf16(end), s, body.Length);
        var text = body[s..e].Replace('\n', ' ');
        return text.Length > 200 ? text[..110] + " … " + text[^80..] : text;
    }

    private static bool HasEvents(SqliteStore store) => store.Search(new Store.SearchQuery("*", 1)).Count > 0 && store.DisagreeingFigures().Count > 0;

    private static (string Meta, string Text) Snippet(SqliteStore store, string id, int start, int end)
    {
        var doc = store.Provenance().Document(id);
        if (doc is null) return ("?", "");
        var cp = new Output.CodePointIndex(doc.Body);
        int s = Math.Clamp(cp.ToUtf16(start), 0, doc.Body.Length), e = Math.Clamp(cp.ToUtf16(end), s, doc.Body.Length);
        var text = doc.Body[s..e].Replace('\n', ' ');
        return ($"{doc.Outlet} {doc.Published}", text.Length > 160 ? text[..80] + " … " + text[^70..] : text);
    }
}
