using System.Diagnostics;

namespace Sitrep.Evaluation;

/// <summary>One page's outcome for one system. <paramref name="Milliseconds"/> is the thread's CPU time for the
/// page (see <see cref="ThreadCpuClock"/>), <paramref name="WallMilliseconds"/> the elapsed time.</summary>
public sealed record PageResult(string Key, string? Url, ShingleScore Score, double Milliseconds, string? Error, double WallMilliseconds = 0);

/// <summary>
/// Runs extraction systems over benchmark pages on ONE thread, so that "pages per second per core" is simply
/// pages / CPU seconds of that thread. Each system first makes an untimed warm-up pass (JIT, caches), then a timed pass whose
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
            double cpu = ThreadCpuClock.NowMilliseconds();
            clock.Restart();
            var body = TryExtract(system, page, out var error);
            clock.Stop();
            cpu = ThreadCpuClock.NowMilliseconds() - cpu;
            results.Add(new PageResult(page.Key, page.Url, ShingleF1.Score(page.TruthBody, body), cpu, error, clock.Elapsed.TotalMilliseconds));
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
