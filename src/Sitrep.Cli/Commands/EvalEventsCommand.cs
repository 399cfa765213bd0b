using System.CommandLine;
using System.Globalization;
using Sitrep.Evaluation.Events;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval events --data ../shared/data/events-case2021</c>: accuracy and macro-F1 of the first event's
/// type against the CASE 2021 labels of dev.tsv, per-label scores and the commonest confusions.</summary>
public static class EvalEventsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The events-case2021 folder (dev.tsv).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "events-case2021") };
        var confusions = new Option<int>("--confusions") { Description = "How many of the commonest confusions to list.", DefaultValueFactory = _ => 15 };
        var errors = new Option<string?>("--errors") { Description = "Write every wrongly typed snippet to this file (gold, predicted, trigger sentence, snippet)." };
        var explain = new Option<string?>("--explain") { Description = "Show, for one snippet id, each sentence's lexicon hits and the events found." };
        var speed = new Option<string?>("--speed") { Description = "Instead: time the analysis stages alone (extraction excluded) on this corpus (e.g. ../shared/data/corpus-fakes/FA-KES-Dataset.csv) on every core, with peak memory." };
        var command = new Command("events", "Event typing on CASE 2021: accuracy, macro-F1, per-label F1, confusions.") { data, confusions, errors, explain, speed };
        command.SetAction(p =>
        {
            if (p.GetValue(speed) is { } corpus) return Speed(corpus);
            var dir = p.GetValue(data)!;
            if (!CaseEventSet.Exists(dir))
            {
                Console.Error.WriteLine($"sitrep eval: no dev.tsv under {dir}");
                return ExitCodes.Usage;
            }
            var snippets = CaseEventSet.Load(dir);
            if (p.GetValue(explain) is { } id)
            {
                foreach (var line in EventTypingEvaluation.Explain(snippets.First(x => x.Id == id))) Console.WriteLine(line);
                return ExitCodes.Ok;
            }
            var result = EventTypingEvaluation.Run(snippets);
            var s = result.Score;
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"CASE 2021 event typing, {s.Items} snippets of {Path.Combine(dir, "dev.tsv")} ({result.Seconds:F1} s, all analysis stages)"));
            Console.WriteLine(string.Create(c, $"accuracy {s.Accuracy:F3}  macro-F1 {s.MacroF1:F3} (mean over the {s.Labels.Count(l => l.Gold > 0)} gold labels)"));
            Console.WriteLine("labels: ours → CASE: DIPLOMACY → DIPLO, STATEMENT → ATTRIB, MOBILIZATION → CHANGE_TO_GROUP_ACT, OTHER/subtype → subtype; no event → OTHER");
            Console.WriteLine($"{"label",-30} {"gold",5} {"pred",5} {"ok",5} {"P",6} {"R",6} {"F1",6}");
            foreach (var l in s.Labels.OrderBy(l => l.F1))
                Console.WriteLine(string.Create(c, $"{l.Label,-30} {l.Gold,5} {l.Predicted,5} {l.Correct,5} {l.Precision,6:F3} {l.Recall,6:F3} {l.F1,6:F3}"));
            Console.WriteLine($"commonest confusions (gold → predicted):");
            foreach (var (gold, predicted, count) in s.Confusions.Take(p.GetValue(confusions)))
                Console.WriteLine($"  {count,3}  {gold} → {predicted}");
            if (p.GetValue(errors) is { } path)
                File.WriteAllLines(path, result.Predictions.Where(x => x.Predicted != x.Snippet.Label)
                    .Select(x => $"{x.Snippet.Label}\t{x.Predicted}\t{x.First?.Type}\t{x.Snippet.Id}\t{x.Snippet.Text.Replace('\t', ' ')}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static int Speed(string corpus)
    {
        if (!File.Exists(corpus)) { Console.Error.WriteLine($"sitrep eval: corpus not found: {corpus}"); return ExitCodes.Usage; }
        var processor = Sitrep.Pipeline.DocumentProcessor.CreateDefault(["language"]);
        var docs = new Sitrep.Read.InputReader(Sitrep.Read.ReadOptions.Default).ReadFile(corpus).OfType<Sitrep.Documents.ReadDocument>()
            .Select(r => processor.Process(r.Document)).OfType<Sitrep.Pipeline.ProcessedDocument>().Select(d => d.Document).ToList();
        var stages = Sitrep.Pipeline.StageRegistry.Default();
        var r = StageSpeed.Run(docs, stages, Environment.ProcessorCount);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{r.Documents} documents of {corpus}, stages {string.Join(",", stages.Select(s => s.Name))}, {r.Workers} workers"));
        Console.WriteLine(string.Create(c, $"analysis only (extraction excluded): {r.DocumentsPerSecond:F0} documents/s, {r.Events} events (best of 3 rounds after a warm-up)"));
        Console.WriteLine(string.Create(c, $"CPU time: {r.DocumentsPerCpuSecond:F0} documents per CPU-second, so {r.DocumentsPerCpuSecond * r.Workers:F0} documents/s on {r.Workers} unshared cores (load average now {LoadAverage()})"));
        foreach (var (stage, ms) in r.PerStage) Console.WriteLine(string.Create(c, $"  {stage,-12} {ms:F3} ms per document on one thread"));
        Console.WriteLine(string.Create(c, $"peak memory {PeakMemory.Megabytes()} MB"));
        return ExitCodes.Ok;
    }
}
