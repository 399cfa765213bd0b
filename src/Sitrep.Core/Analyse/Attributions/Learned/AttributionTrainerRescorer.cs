using Sitrep.Documents;
using Sitrep.Evaluation.Attribution;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>The trainer's <see cref="ReadingRescorer"/>: trained on the final readings of the pooled held-out articles
/// (labels: matched to a gold content by <see cref="AttributionScorer"/>), its drop threshold chosen on the pooled counts
/// of a cross-fitted rescorer (each held-out article scored by a rescorer trained without its part).
/// Tried with the boosted trees and dropped (pooled held-out train at .7203, the bar +.002): 300 trees of depth 4 at rate
/// .05 (.7212, training 2.5 times slower); six more signals (a cue inside another reading's content, another cue inside
/// this content, overlapping contents, the nearest other cue, the sentence's place in the article, its strong cue words:
/// .7197); trees deciding the rules' content swap instead of the chooser's gap (.7203, unchanged); refilling the
/// proposals a dropped reading had blocked (.7208); splitting rules contents at a nested proposal with the trees behind
/// (split margin 6: .7186, 2: .7144). Later, against .7226: proposals nested in a rules content offered to the trees as
/// readings of their own, with two nesting signals (.719: recall .696 -> .728 before dropping, but the trees could not
/// tell the ~470 gold cues among them from the rest); a separate trees decision giving a reading the subject before its cue as
/// content ("[The price] was not disclosed"), also offering unread passives (branch passive: .7235 best, dev .730–.735).</summary>
public sealed partial class AttributionTrainer
{
    private const int RescoreParts = 7;
    /// <summary>Share of readings dropped at each grid point (0: never drop).</summary>
    private static readonly double[] DropShares = [0, .01, .02, .03, .04, .05, .06, .08, .10, .12, .15, .20];

    private (float[]? Weights, BoostedTrees? Trees, float DropBelow) TuneRescorer(List<HeldArticle> held, float threshold, CombinePolicy policy, OverrideMargins m, ref (double F1, double P, double R) best, Action<string>? log)
    {
        var readings = new List<ReadingRescorer.Reading>[held.Count];
        var features = new List<int[]>[held.Count];
        var labels = new bool[held.Count][];
        for (var i = 0; i < held.Count; i++)
        {
            var p = held[i];
            var t = p.Article;
            var proposals = p.Reader.Propose(t.Words, t.Units, p.Margins, threshold);
            var (rules, taken) = policy == CombinePolicy.NoOverlap ? RulesOverride.Apply(t.Words, p.Rules, proposals, p.Margins, m) : (p.Rules, []);
            var kept = LearnedReader.Select(t.Words, t.Units, proposals, rules, policy, taken);
            var list = rules.Select(ReadingRescorer.Of).ToList();
            foreach (var k in kept)
                list.Add(new ReadingRescorer.Reading("learned", new TextSpan(t.Words[k.Content.First].Start, t.Words[k.Content.End - 1].End), new TextSpan(t.Words[k.CueFirst].Start, t.Words[k.CueEnd - 1].End), default));
            readings[i] = list;
            features[i] = ReadingRescorer.Extract(t.Words, t.Units, list, p.Margins);
            var preds = list.Select(r => Predicted(r.Content, p.Index)).ToList();
            var hit = new bool[list.Count];
            foreach (var (pred, _) in AttributionScorer.Match(preds, t.Source.Gold).Pairs) hit[pred] = true;
            labels[i] = hit;
        }
        // Cross-fitted scores: part q scored by a rescorer trained on the other parts.
        var scores = new float[held.Count][];
        for (var q = 0; q < RescoreParts; q++)
        {
            var examples = new List<(int[], bool)>();
            for (var i = 0; i < held.Count; i++)
                if (i % RescoreParts != q) for (var j = 0; j < features[i].Count; j++) examples.Add((features[i][j], labels[i][j]));
            var weights = ReadingRescorer.Train(examples);
            for (var i = q; i < held.Count; i += RescoreParts) scores[i] = features[i].Select(x => x.Sum(k => weights[k])).ToArray();
        }
        var linear = Drops(held, readings, scores, "rescorer", log);
        // The trees see the perceptron's cross-fitted score among their signals (stacking), and are cross-fitted the same way.
        var signals = new float[held.Count][][];
        for (var i = 0; i < held.Count; i++)
        {
            var p = held[i];
            signals[i] = new ReadingSignals(p.Reader.Model, cues, _phrases).Of(p.Article.Words, p.Article.Units, readings[i], p.Margins, scores[i]);
        }
        var treeScores = new float[held.Count][];
        for (var q = 0; q < RescoreParts; q++)
        {
            var (x, y) = (new List<float[]>(), new List<bool>());
            for (var i = 0; i < held.Count; i++)
                if (i % RescoreParts != q) { x.AddRange(signals[i]); y.AddRange(labels[i]); }
            var trees = BoostedTrees.Train(x, y, TreeOptions);
            for (var i = q; i < held.Count; i += RescoreParts) treeScores[i] = signals[i].Select(s => trees.Score(s)).ToArray();
        }
        var boosted = Drops(held, readings, treeScores, "boosted rescorer", log);
        var everything = new List<(int[], bool)>();
        for (var i = 0; i < held.Count; i++) for (var j = 0; j < features[i].Count; j++) everything.Add((features[i][j], labels[i][j]));
        var useTrees = boosted.Found > 0 && boosted.Counts.F1 > (linear.Found > 0 ? linear.Counts.F1 : 0);
        if (useTrees)
        {
            best = boosted.Counts.Scores;
            var all = BoostedTrees.Train(signals.SelectMany(s => s).ToList(), labels.SelectMany(l => l).ToList(), TreeOptions);
            return (ReadingRescorer.Train(everything), all, boosted.Cut);
        }
        if (linear.Found <= 0) return (null, null, float.NegativeInfinity);
        best = linear.Counts.Scores;
        return (ReadingRescorer.Train(everything), null, linear.Cut);
    }

    internal static readonly BoostedTrees.Options TreeOptions = new();

    /// <summary>The drop share whose pooled F1 (smoothed with its neighbours) is best, -1 when none beats never dropping.</summary>
    private static (int Found, HitCounts Counts, float Cut) Drops(List<HeldArticle> held, List<ReadingRescorer.Reading>[] readings, float[][] scores, string name, Action<string>? log)
    {
        var all = scores.SelectMany(s => s).Order().ToArray();
        var cuts = DropShares.Select(s => s == 0 ? float.NegativeInfinity : all[(int)(s * all.Length)]).ToArray();
        var grid = cuts.Select(c => Count(held.Select((p, i) => (p.Article, p.Index,
            readings[i].Where((_, j) => !(scores[i][j] < c)).Select(r => Predicted(r.Content, p.Index)).ToList())))).ToList();
        log?.Invoke($"held out: {name} drop share " + string.Join(", ", DropShares.Select((s, g) => $"{s:F2} ({cuts[g]:F1}) {grid[g].F1:F4} P {grid[g].Precision:F3} R {grid[g].Recall:F3}")));
        var (found, _) = PooledGrid.Best(grid, grid.Count, grid[0].F1);
        return found <= 0 ? (found, grid[0], float.NegativeInfinity) : (found, grid[found], cuts[found]);
    }
}
