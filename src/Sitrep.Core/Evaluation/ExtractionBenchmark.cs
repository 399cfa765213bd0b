using System.Diagnostics;

namespace Sitrep.Evaluation;

/// <summary>One page's outcome for one system.</summary>
public sealed record PageResult(string Key, string? Url, ShingleScore Score, double Milliseconds, string? Error);

/// <summary>
/// Runs extraction systems over benchmark pages on ONE thread, so that "pages per second per core" is simply
/// pages / busy seconds. Each system first makes an untimed warm-up pass (JIT, caches), then a timed pass whose
/// bodies are scored. A system that throws on a page scores 0 there and the error is kept, not rethrown.
/// </summary>
public static class ExtractionBenchmark
{
    public static ExtractionSummary Run(ExtractionSystem system, IReadOnlyList<AebPage> pages, bool warmUp = true)
    {
        if (warmUp)
            foreach (var page in pages) TryExtract(system, page, out _);
        var results = new List<PageResult>(pages.Count);
        var clock = new Stopwatch();
        foreach (var page in pages)
        {
            clock.Restart();
            var body = TryExtract(system, page, out var error);
            clock.Stop();
            results.Add(new PageResult(page.Key, page.Url, ShingleF1.Score(page.TruthBody, body), clock.Elapsed.TotalMilliseconds, error));
        }
        return ExtractionSummary.Of(system.Name, results);
    }

    private static string TryExtract(ExtractionSystem system, AebPage page, out string? error)
    {
        error = null;
        try { return system.ExtractBody(page) ?? ""; }
        catch (Exception ex) { error = $"{ex.GetType().Name}: {ex.Message}"; return ""; }
    }
}
