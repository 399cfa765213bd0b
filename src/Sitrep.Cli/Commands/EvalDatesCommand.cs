using System.CommandLine;
using System.Globalization;
using Sitrep.Evaluation.Dates;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval dates --data DIR</c>: publication-date accuracy on a gold set in the htmldate layout.</summary>
public static class EvalDatesCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with gold.json and html/ (e.g. ../shared/data/dates-htmldate)", Required = true };
        var worst = new Option<int>("--show") { Description = "How many misses to list", DefaultValueFactory = _ => 15 };
        var dump = new Option<string?>("--dump") { Description = "Write every page's result as TSV to this file (url, gold, predicted, precision, rule, confidence, evidence)" };
        var explain = new Option<string?>("--explain") { Description = "Instead of measuring, list every rule's candidates for pages whose URL contains this text" };
        var command = new Command("dates", "Publication dates on the htmldate set: day accuracy, precision, recall, F1, pages/s, worst misses.") { data, worst, dump, explain };
        command.SetAction(p =>
        {
            var dir = p.GetValue(data)!;
            if (!File.Exists(Path.Combine(dir, "gold.json")))
            {
                Console.Error.WriteLine($"sitrep eval dates: no gold.json in {dir}");
                return ExitCodes.Usage;
            }
            if (p.GetValue(explain) is { } part)
            {
                foreach (var line in DateEvaluation.Explain(dir, part)) Console.WriteLine(line);
                return ExitCodes.Ok;
            }
            var r = DateEvaluation.Run(dir);
            var c = CultureInfo.InvariantCulture;
            if (p.GetValue(dump) is { } dumpPath)
                File.WriteAllLines(dumpPath, r.Pages.Select(x => string.Join('\t', x.Url, x.Gold, x.Predicted ?? "-", x.Precision ?? "-", x.Rule ?? "-",
                    x.Confidence.ToString("F2", c), (x.Evidence ?? x.Error ?? "").Replace('\t', ' ').Replace('\n', ' '))));
            Console.WriteLine(string.Create(c, $"pages {r.Total}  predicted {r.Predicted}  correct {r.Correct}"));
            Console.WriteLine(string.Create(c, $"day accuracy {r.Accuracy:F3}  precision {r.Precision:F3}  recall {r.Recall:F3}  F1 {r.F1:F3}  coverage {r.Coverage:F3}"));
            Console.WriteLine(string.Create(c, $"speed {r.PagesPerSecond:F1} pages/s ({r.Elapsed.TotalSeconds:F1} s, one thread, decode + parse + metadata)"));
            if (r.Slowest is { } slow) Console.WriteLine(string.Create(c, $"slowest page {slow.Elapsed.TotalMilliseconds:F0} ms (after the first, which pays for start-up): {slow.Url}"));
            var misses = r.Pages.Where(x => !x.Correct).OrderByDescending(x => x.Confidence).Take(p.GetValue(worst)).ToList();
            if (misses.Count > 0) Console.WriteLine("misses (most confident first):");
            foreach (var m in misses)
                Console.WriteLine(string.Create(c, $"  {m.Url}\n    predicted {m.Predicted ?? "-"} ({m.Precision ?? "-"}, {m.Confidence:F2})  gold {m.Gold}  {m.Error}\n    evidence: {m.Evidence}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
