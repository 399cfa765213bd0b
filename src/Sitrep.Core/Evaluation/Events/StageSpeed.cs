using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Times the analysis stages alone (extraction excluded) over extracted documents: each round runs every document through
/// the stages on <paramref name="workers"/> threads; the best round counts (the first warms caches and lazy tables).
/// Also reports the time each stage takes on one thread, to show where the time goes.
/// </summary>
public static class StageSpeed
{
    /// <param name="DocumentsPerCpuSecond">Documents per second of CPU time the process used in the best round: what one
    /// core does when it is not shared (the machine here is shared with other builds, so wall time swings).</param>
    public sealed record Result(int Documents, int Workers, double DocumentsPerSecond, IReadOnlyList<(string Stage, double MsPerDocument)> PerStage, int Events, double DocumentsPerCpuSecond);

    public static Result Run(IReadOnlyList<Document> docs, IReadOnlyList<IAnalysisStage> stages, int workers, int rounds = 3)
    {
        var events = 0;
        foreach (var d in docs.Take(50)) { var x = d; foreach (var s in stages) x = s.Apply(x); }   // warm-up: lazy tables load here
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var count = 0;
            Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = workers }, d =>
            {
                var x = d;
                foreach (var s in stages) x = s.Apply(x);
                Interlocked.Add(ref count, x.Events.Count);
            });
            clock.Stop();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            events = count;
        }
        var perStage = new List<(string, double)>();
        var current = docs.ToArray();
        foreach (var s in stages)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < current.Length; i++) current[i] = s.Apply(current[i]);
            perStage.Add((s.Name, clock.Elapsed.TotalMilliseconds / Math.Max(1, current.Length)));
        }
        perStage.AddRange(EventInternals(current));
        return new Result(docs.Count, workers, docs.Count / best, perStage, events, docs.Count / bestCpu);
    }

    /// <summary>Where the event stage spends its time: splitting, words, typing, figures (one thread, ms per document).</summary>
    private static IEnumerable<(string, double)> EventInternals(Document[] docs)
    {
        var typer = Sitrep.Analyse.Events.EventTyper.Default;
        var figures = Sitrep.Analyse.Events.FigureLexicon.Default;
        double split = 0, words = 0, type = 0, figs = 0;
        var clock = new Stopwatch();
        foreach (var d in docs)
        {
            clock.Restart();
            var sentences = Sitrep.Analyse.Events.SentenceSplitter.Split(d.Body);
            split += clock.Elapsed.TotalMilliseconds;
            foreach (var s in sentences)
            {
                clock.Restart();
                var w = Sitrep.Analyse.Events.WordSplitter.Split(d.Body, s.Span.Start, s.Span.End);
                words += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                typer.Type(d.Body, w);
                type += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                Sitrep.Analyse.Events.QuantityExtractor.Extract(d.Body, w, figures);
                figs += clock.Elapsed.TotalMilliseconds;
            }
        }
        var n = Math.Max(1, docs.Length);
        return [("ev:split", split / n), ("ev:words", words / n), ("ev:type", type / n), ("ev:figures", figs / n)];
    }
}
