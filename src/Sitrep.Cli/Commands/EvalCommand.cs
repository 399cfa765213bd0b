using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval extraction --data DIR</c>: scores the HTML body extractor on the Article Extraction Benchmark
/// with the benchmark's own metric (see <see cref="ShingleF1"/>) and times it on one core.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure Sitrep against gold standards (see ../shared/data/README.md).");
        command.Subcommands.Add(Extraction());
        command.Subcommands.Add(EvalDatesCommand.Create());
        command.Subcommands.Add(EvalGeoCommand.Create());
        command.Subcommands.Add(EvalAttributionCommand.Create());
        command.Subcommands.Add(EvalEventsCommand.Create());
        command.Subcommands.Add(EvalLinksCommand.Create());
        return command;
    }

    private static Command Extraction()
    {
        var data = new Option<string>("--data") { Description = "The extraction-aeb folder (ground-truth.json, html/).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "extraction-aeb") };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var worst = new Option<int>("--worst") { Description = "How many of the worst pages to list.", DefaultValueFactory = _ => 10 };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes after the warm-up; each page keeps its least CPU time.", DefaultValueFactory = _ => 10 };
        var dump = new Option<string?>("--dump") { Description = "Write each predicted body to DIR/<key>.txt (to study failures)." };
        var command = new Command("extraction", "Body extraction on the Article Extraction Benchmark: shingle precision/recall/F1, pages/s per core, worst pages.");
        command.Options.Add(data);
        command.Options.Add(json);
        command.Options.Add(worst);
        command.Options.Add(dump);
        command.Options.Add(rounds);
        command.SetAction(p =>
        {
            var dir = p.GetValue(data)!;
            if (!AebDataset.Exists(dir))
            {
                Console.Error.WriteLine($"sitrep eval: no ground-truth.json under {dir}");
                return ExitCodes.Usage;
            }
            var dataset = AebDataset.Load(dir);
            var system = ExtractionSystem.Sitrep();
            var summary = ExtractionBenchmark.Run(system, dataset.Pages, rounds: Math.Max(1, p.GetValue(rounds)));
            if (p.GetValue(dump) is { } dumpDir) Dump(dataset, summary, dumpDir);
            if (p.GetValue(json)) PrintJson(summary, p.GetValue(worst));
            else PrintTable(summary, dataset, p.GetValue(worst), Math.Max(1, p.GetValue(rounds)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Dump(AebDataset dataset, ExtractionSummary summary, string dir)
    {
        Directory.CreateDirectory(dir);
        var extractor = new Sitrep.Extract.Html.HtmlExtractor();
        var index = new List<string>();
        var scores = summary.Results.ToDictionary(r => r.Key);
        foreach (var page in dataset.Pages)
        {
            string body, rule;
            try { (var doc, rule) = extractor.ExtractExplained(ExtractionSystem.Decode(page)); body = doc.Body; }
            catch (Exception ex) { body = "ERROR " + ex.Message; rule = "error"; }
            File.WriteAllText(Path.Combine(dir, page.Key + ".txt"), body);
            File.WriteAllText(Path.Combine(dir, page.Key + ".truth.txt"), page.TruthBody);
            var s = scores[page.Key].Score;
            index.Add(string.Create(CultureInfo.InvariantCulture, $"{s.F1:F3}\t{s.Precision:F3}\t{s.Recall:F3}\t{page.Key[..12]}\t{rule}\t{page.Url}"));
        }
        index.Sort(StringComparer.Ordinal);
        File.WriteAllLines(Path.Combine(dir, "index.tsv"), index);
    }

    private static void PrintTable(ExtractionSummary s, AebDataset dataset, int worst, int rounds)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"system {s.System}: {s.Pages} pages" + (dataset.Missing.Count > 0 ? $" ({dataset.Missing.Count} without HTML skipped)" : ""));
        Console.WriteLine(string.Create(c, $"precision {s.Precision:F4}  recall {s.Recall:F4}  F1 {s.F1:F4} (benchmark: harmonic mean of mean P and mean R)"));
        Console.WriteLine(string.Create(c, $"mean per-page F1 {s.MeanPageF1:F4}"));
        var clock = ThreadCpuClock.MeasuresCpu ? "CPU" : "wall-clock";
        Console.WriteLine(string.Create(c, $"speed {s.PagesPerSecondPerCore:F1} pages/s per core ({s.TotalMilliseconds:F0} ms {clock} time for {s.Pages} pages on one thread, least of {rounds} timed passes per page after a warm-up pass; wall clock {s.Results.Sum(r => r.WallMilliseconds):F0} ms)"));
        if (s.SlowestPage is { } slow) Console.WriteLine(string.Create(c, $"worst page time {slow.Milliseconds:F1} ms {clock} ({slow.WallMilliseconds:F1} ms wall, {slow.Key})"));
        Console.WriteLine($"{worst} worst pages:");
        foreach (var r in s.Worst(worst))
            Console.WriteLine(string.Create(c, $"  F1 {r.Score.F1:F3}  P {r.Score.Precision:F3}  R {r.Score.Recall:F3}  {r.Key[..12]}  {r.Url}{(r.Error is null ? "" : "  ERROR " + r.Error)}"));
    }

    private static void PrintJson(ExtractionSummary s, int worst)
    {
        var doc = new
        {
            system = s.System,
            pages = s.Pages,
            precision = s.Precision,
            recall = s.Recall,
            f1 = s.F1,
            mean_page_f1 = s.MeanPageF1,
            pages_per_second_per_core = s.PagesPerSecondPerCore,
            total_ms = s.TotalMilliseconds,
            time_basis = ThreadCpuClock.MeasuresCpu ? "thread cpu" : "wall clock",
            worst_page_ms = s.SlowestPage?.Milliseconds,
            worst_page_wall_ms = s.SlowestPage?.WallMilliseconds,
            worst_page_time_key = s.SlowestPage?.Key,
            worst = s.Worst(worst).Select(r => new { key = r.Key, url = r.Url, f1 = r.Score.F1, precision = r.Score.Precision, recall = r.Score.Recall, ms = r.Milliseconds, error = r.Error }),
        };
        Console.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
    }
}
