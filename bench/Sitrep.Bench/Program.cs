using System.Globalization;
using AngleSharp.Html.Parser;
using Sitrep.Evaluation;

// Usage: dotnet run -c Release --project bench/Sitrep.Bench -- [DATA_DIR] [--rounds N]
// Runs Sitrep, SmartReader and a parse-only reference over the Article Extraction Benchmark pages in one
// process, on one thread (CPU time of that thread, least of N passes per page), and prints
// the benchmark's shingle F1 and pages per second per core for each.
var dir = args.FirstOrDefault(a => !a.StartsWith("--")) ?? Path.Combine("..", "shared", "data", "extraction-aeb");
int rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(3);
if (!AebDataset.Exists(dir))
{
    Console.Error.WriteLine($"no ground-truth.json under {dir}: nothing to compare");
    return 2;
}
var pages = AebDataset.Load(dir).Pages;

var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
var systems = new[]
{
    ExtractionSystem.Sitrep(),
    new ExtractionSystem("smartreader", page =>
    {
        // Same decoding as Sitrep (timed inside, as for Sitrep), then Readability on the string.
        var html = ExtractionSystem.Decode(page).Content;
        var article = new SmartReader.Reader(page.Url ?? "https://example.invalid/", html).GetArticle();
        return article.IsReadable ? article.TextContent ?? "" : "";
    }),
    new ExtractionSystem("anglesharp-parse-only", page =>
    {
        using var doc = parser.ParseDocument(ExtractionSystem.Decode(page).Content);
        return "";
    }),
};

// Each system: a warm-up pass, then `rounds` timed passes keeping each page's least CPU time.
var best = new Dictionary<string, ExtractionSummary>();
foreach (var system in systems)
    best[system.Name] = ExtractionBenchmark.Run(system, pages, warmUp: true, rounds: rounds);

var c = CultureInfo.InvariantCulture;
Console.WriteLine($"{pages.Count} pages, least of {rounds} timed passes per page, one thread, time = {(ThreadCpuClock.MeasuresCpu ? "thread CPU time" : "wall clock")}");
Console.WriteLine("system                  precision  recall   F1      page-F1  pages/s/core  worst ms");
foreach (var s in best.Values)
    Console.WriteLine(string.Create(c, $"{s.System,-22}  {s.Precision,8:F4}  {s.Recall,7:F4}  {s.F1,6:F4}  {s.MeanPageF1,7:F4}  {s.PagesPerSecondPerCore,12:F1}  {s.SlowestPage?.Milliseconds,8:F1}"));
if (best.TryGetValue("sitrep", out var sitrep) && best.TryGetValue("smartreader", out var smart) && smart.PagesPerSecondPerCore > 0)
    Console.WriteLine(string.Create(c, $"sitrep / smartreader speed: {sitrep.PagesPerSecondPerCore / smart.PagesPerSecondPerCore:F2}x, F1 {sitrep.F1:F4} vs {smart.F1:F4}"));
return 0;
