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
    public static ExtractionSummary Run(ExtractionSystem system, IReadOnlyList<AebPage> pages, bool warmUp = true, int rounds = 1) =>
        RunInterleaved([system], pages, warmUp, rounds)[0];

    /// <summary>
    /// Several systems compared in one run: after each system's warm-up pass, every round runs each system
    /// over all pages in turn, so a burst of load from other processes on a shared machine falls on all of
    /// them alike rather than on whichever system happened to be measured then.
    /// </summary>
    public static IReadOnlyList<ExtractionSummary> RunInterleaved(IReadOnlyList<ExtractionSystem> systems, IReadOnlyList<AebPage> pages, bool warmUp = true, int rounds = 1)
    {
        if (warmUp)
            foreach (var system in systems)
                foreach (var page in pages) TryExtract(system, page, out _);
        var runs = systems.Select(_ => new Timings(pages.Count)).ToArray();
        var clock = new Stopwatch();
        for (int round = 0; round < Math.Max(1, rounds); round++)
            for (int s = 0; s < systems.Count; s++)
            {
                var run = runs[s];
                for (int i = 0; i < pages.Count; i++)
                {
                    double start = ThreadCpuClock.NowMilliseconds();
                    clock.Restart();
                    run.Bodies[i] = TryExtract(systems[s], pages[i], out run.Errors[i]);
                    clock.Stop();
                    run.Cpu[i] = Math.Min(run.Cpu[i], ThreadCpuClock.NowMilliseconds() - start);
                    run.Wall[i] = Math.Min(run.Wall[i], clock.Elapsed.TotalMilliseconds);
                }
            }
        var summaries = new List<ExtractionSummary>(systems.Count);
        for (int s = 0; s < systems.Count; s++)
        {
            var run = runs[s];
            var results = new List<PageResult>(pages.Count);
            for (int i = 0; i < pages.Count; i++)
                results.Add(new PageResult(pages[i].Key, pages[i].Url, ShingleF1.Score(pages[i].TruthBody, run.Bodies[i]), run.Cpu[i], run.Errors[i], run.Wall[i]));
            summaries.Add(ExtractionSummary.Of(systems[s].Name, results));
        }
        return summaries;
    }

    /// <summary>One system's least times, last bodies and errors per page.</summary>
    private sealed class Timings
    {
        public readonly double[] Cpu;
        public readonly double[] Wall;
        public readonly string[] Bodies;
        public readonly string?[] Errors;

        public Timings(int pages)
        {
            Cpu = new double[pages];
            Wall = new double[pages];
            Array.Fill(Cpu, double.MaxValue);
            Array.Fill(Wall, double.MaxValue);
            Bodies = new string[pages];
            Errors = new string?[pages];
        }
    }

    private static string TryExtract(ExtractionSystem system, AebPage page, out string? error)
    {
        error = null;
        try { return system.ExtractBody(page) ?? ""; }
        catch (Exception ex) { error = $"{ex.GetType().Name}: {ex.Message}"; return ""; }
    }
}
