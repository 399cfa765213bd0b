using System.Diagnostics;

namespace Sitrep.Evaluation;

/// <summary>One page's outcome for one system. <paramref name="Milliseconds"/> is the thread's CPU time for the
/// page (see <see cref="ThreadCpuClock"/>), <paramref name="WallMilliseconds"/> the elapsed time.</summary>
public sealed record PageResult(string Key, string? Url, ShingleScore Score, double Milliseconds, string? Error, double WallMilliseconds = 0);

/// <summary>
/// Runs extraction systems over benchmark pages on ONE thread, so that "pages per second per core" is simply
/// pages / CPU seconds of that thread. Each system first makes an untimed warm-up pass, then
/// <c>rounds</c> timed passes; each page keeps its least CPU time over the rounds. The runtime's tiered,
/// profile-guided JIT (TieredPGO) leaves code instrumented and slow until methods have run many times, and
/// other processes on a shared machine evict caches, so a single timed pass measured the same build at
/// anywhere from 40 to 230 pages/s. Bodies are deterministic; the last pass's are scored. A system that throws
/// on a page scores 0 there and the error is kept, not rethrown.
/// </summary>
public static class ExtractionBenchmark
{
    public static ExtractionSummary Run(ExtractionSystem system, IReadOnlyList<AebPage> pages, bool warmUp = true, int rounds = 1)
    {
        if (warmUp)
            foreach (var page in pages) TryExtract(system, page, out _);
        var cpu = new double[pages.Count];
        var wall = new double[pages.Count];
        Array.Fill(cpu, double.MaxValue);
        Array.Fill(wall, double.MaxValue);
        var bodies = new string[pages.Count];
        var errors = new string?[pages.Count];
        var clock = new Stopwatch();
        for (int round = 0; round < Math.Max(1, rounds); round++)
            for (int i = 0; i < pages.Count; i++)
            {
                double start = ThreadCpuClock.NowMilliseconds();
                clock.Restart();
                bodies[i] = TryExtract(system, pages[i], out errors[i]);
                clock.Stop();
                cpu[i] = Math.Min(cpu[i], ThreadCpuClock.NowMilliseconds() - start);
                wall[i] = Math.Min(wall[i], clock.Elapsed.TotalMilliseconds);
            }
        var results = new List<PageResult>(pages.Count);
        for (int i = 0; i < pages.Count; i++)
            results.Add(new PageResult(pages[i].Key, pages[i].Url, ShingleF1.Score(pages[i].TruthBody, bodies[i]), cpu[i], errors[i], wall[i]));
        return ExtractionSummary.Of(system.Name, results);
    }

    private static string TryExtract(ExtractionSystem system, AebPage page, out string? error)
    {
        error = null;
        try { return system.ExtractBody(page) ?? ""; }
        catch (Exception ex) { error = $"{ex.GetType().Name}: {ex.Message}"; return ""; }
    }
}
