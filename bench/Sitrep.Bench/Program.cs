using System.Globalization;
using AngleSharp.Html.Parser;
using Sitrep.Evaluation;
using Sitrep.Extract.Html.Source;
using Sitrep.Extract.Metadata;

// Usage: dotnet run -c Release --project bench/Sitrep.Bench -- [DATA_DIR] [--rounds N] [--phases] [--only NAME,NAME] [--baseline BIN_DIR]
// Runs Sitrep, SmartReader and a parse-only reference over the Article Extraction Benchmark pages in one
// process, on one thread, interleaved round by round (CPU time of that thread, least of N passes per page), and prints
// the benchmark's shingle F1 and pages per second per core for each.
// --dump-meta FILE writes each page's metadata as TSV instead (to compare builds); --dump-docs FILE every field
// of every AEB and htmldate page as JSON lines, removal log included (a speed change must leave it identical).
// --phases adds Sitrep's own stages alone (decode, parse, parse + metadata) to see where the time goes.
// The runtime's tiered JIT keeps optimising for many passes (3 passes measured Sitrep at ~110 pages/s, 10 at ~320),
// so compare systems at 10 or more rounds (the default here and in `sitrep eval extraction`).
var valued = new HashSet<string> { "--rounds", "--only", "--dump-meta", "--dump-docs", "--baseline" };
var dir = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !valued.Contains(args[i - 1]))).FirstOrDefault()
          ?? Path.Combine("..", "shared", "data", "extraction-aeb");
int rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(10);
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',');
if (!AebDataset.Exists(dir))
{
    Console.Error.WriteLine($"no ground-truth.json under {dir}: nothing to compare");
    return 2;
}
var pages = AebDataset.Load(dir).Pages;
if (args.SkipWhile(a => a != "--dump-meta").Skip(1).FirstOrDefault() is { } dumpPath)
{
    MetadataDump.Write(pages, dumpPath);
    return 0;
}
if (args.SkipWhile(a => a != "--dump-docs").Skip(1).FirstOrDefault() is { } docsPath)
{
    DocumentDump.Write(pages, Path.Combine(dir, "..", "dates-htmldate"), docsPath);
    return 0;
}

// SmartReader parses with AngleSharp's defaults; the reference shows what that parse alone costs.
var defaultParser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
var systems = new List<ExtractionSystem>
{
    ExtractionSystem.Sitrep(),
    new("smartreader", page =>
    {
        // Same decoding as Sitrep (timed inside, as for Sitrep), then Readability on the string.
        var html = ExtractionSystem.Decode(page).Content;
        var article = new SmartReader.Reader(page.Url ?? "https://example.invalid/", html).GetArticle();
        return article.IsReadable ? article.TextContent ?? "" : "";
    }),
    new("anglesharp-parse-only", page =>
    {
        using var doc = defaultParser.ParseDocument(ExtractionSystem.Decode(page).Content);
        return "";
    }),
};
if (args.Contains("--phases"))
{
    systems.Add(new("sitrep: decode", page => { ExtractionSystem.Decode(page); return ""; }));
    systems.Add(new("sitrep: +parse", page =>
    {
        using var doc = HtmlParsing.Parse(ExtractionSystem.Decode(page).Content);
        return "";
    }));
    systems.Add(new("sitrep: +metadata", page =>
    {
        var decoded = ExtractionSystem.Decode(page);
        using var doc = HtmlParsing.Parse(decoded.Content);
        HtmlMetadata.Read(doc, decoded);
        return "";
    }));
}
// --baseline BIN_DIR: another build (e.g. the last commit's bench output, copied aside) runs interleaved with
// this one as "baseline", for A/B comparisons under the same machine load. The build loaded this way ran up
// to 10 % slower than the same build as "sitrep" on a loaded machine (1.01-1.10x in three runs): compare
// against a run with this build's own folder as the baseline, not against 1.0.
if (args.SkipWhile(a => a != "--baseline").Skip(1).FirstOrDefault() is { } baselineDir)
    systems.Insert(1, BaselineBuild.Load(baselineDir, dir));
if (only is not null) systems = systems.Where(s => only.Contains(s.Name)).ToList();

// Each system: a warm-up pass; then `rounds` timed rounds, each running every system in turn over all pages,
// keeping each page's least CPU time.
var best = ExtractionBenchmark.RunInterleaved(systems, pages, warmUp: true, rounds: rounds).ToDictionary(s => s.System);

var c = CultureInfo.InvariantCulture;
Console.WriteLine($"{pages.Count} pages, least of {rounds} timed passes per page, one thread, time = {(ThreadCpuClock.MeasuresCpu ? "thread CPU time" : "wall clock")}");
Console.WriteLine("system                  precision  recall   F1      page-F1  pages/s/core  worst ms");
foreach (var s in best.Values)
    Console.WriteLine(string.Create(c, $"{s.System,-22}  {s.Precision,8:F4}  {s.Recall,7:F4}  {s.F1,6:F4}  {s.MeanPageF1,7:F4}  {s.PagesPerSecondPerCore,12:F1}  {s.SlowestPage?.Milliseconds,8:F1}"));
if (best.TryGetValue("sitrep", out var sitrep) && best.TryGetValue("smartreader", out var smart) && smart.PagesPerSecondPerCore > 0)
    Console.WriteLine(string.Create(c, $"sitrep / smartreader speed: {sitrep.PagesPerSecondPerCore / smart.PagesPerSecondPerCore:F2}x, F1 {sitrep.F1:F4} vs {smart.F1:F4}"));
if (best.TryGetValue("sitrep", out var current) && best.TryGetValue("baseline", out var baseline) && baseline.PagesPerSecondPerCore > 0)
    Console.WriteLine(string.Create(c, $"sitrep / baseline speed: {current.PagesPerSecondPerCore / baseline.PagesPerSecondPerCore:F3}x, F1 {current.F1:F4} vs {baseline.F1:F4}"));
return 0;
