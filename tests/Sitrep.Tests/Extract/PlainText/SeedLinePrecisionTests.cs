using Sitrep.Extract.PlainText;
using Xunit.Abstractions;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>
/// Line-level precision and recall of "article line" against our hand labels of the seeds
/// (Fixtures/seed-line-labels.txt: line numbers and labels only). Comments are scored the same way.
/// </summary>
public class SeedLinePrecisionTests(ITestOutputHelper output)
{
    [SeedFact]
    public void Article_and_comment_lines_match_the_hand_labels()
    {
        var labels = ReadLabels();
        var extractor = new TextExtractor();
        int tp = 0, fp = 0, fn = 0, ctp = 0, cfp = 0, cfn = 0;
        var misses = new List<string>();
        foreach (var seed in labels.Keys.Order())
        {
            var state = extractor.Classify(Pages.Seed(Pages.SeedsDirectory()!, seed));
            for (int i = 0; i < state.Count; i++)
            {
                int number = state.Lines[i].Number;
                labels[seed].TryGetValue(number, out var gold);
                gold.Should().NotBeNull($"seed {seed} line {number} needs a hand label");
                var predicted = state.Labels[i].ToString().ToLowerInvariant() switch { "title" => "title", var l => l };
                predicted = predicted == "chrome" ? "chrome" : predicted;
                Count(gold == "article", predicted == "article", ref tp, ref fp, ref fn);
                Count(gold == "comment", predicted == "comment", ref ctp, ref cfp, ref cfn);
                if (gold != predicted) misses.Add($"{seed}:{number} gold={gold} got={predicted} ({state.Reasons[i]})");
            }
        }
        double p = (double)tp / (tp + fp), r = (double)tp / (tp + fn);
        double cp = (double)ctp / (ctp + cfp), cr = (double)ctp / (ctp + cfn);
        output.WriteLine($"article lines: P={p:F4} R={r:F4} (tp={tp} fp={fp} fn={fn})");
        output.WriteLine($"comment lines: P={cp:F4} R={cr:F4} (tp={ctp} fp={cfp} fn={cfn})");
        foreach (var miss in misses) output.WriteLine(miss);
        p.Should().BeGreaterThanOrEqualTo(0.99);
        r.Should().BeGreaterThanOrEqualTo(0.99);
        cp.Should().Be(1.0);
        cr.Should().Be(1.0);
    }

    private static void Count(bool gold, bool predicted, ref int tp, ref int fp, ref int fn)
    {
        if (gold && predicted) tp++;
        else if (predicted) fp++;
        else if (gold) fn++;
    }

    internal static Dictionary<string, Dictionary<int, string>> ReadLabels()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extract", "PlainText", "Fixtures", "seed-line-labels.txt");
        var result = new Dictionary<string, Dictionary<int, string>>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var range = parts[1].Split('-');
            var seed = result.TryGetValue(parts[0], out var s) ? s : result[parts[0]] = [];
            for (int n = int.Parse(range[0]); n <= int.Parse(range[1]); n++) seed[n] = parts[2];
        }
        return result;
    }
}
