using Sitrep.Evaluation.Attribution;
using Sitrep.Output;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>The trainer's tuning of <see cref="AttributionModel.SwapGap"/> and its diagnostics (cross-folds, where the
/// held-out misses lie), apart from the training steps so that each stays short.</summary>
public sealed partial class AttributionTrainer
{
    /// <summary>The smallest chooser preference on a grid at which the model's content replaces the rules' one
    /// (<see cref="RulesContentSwap"/>), scored on the held-out articles like the threshold (F1 averaged with the grid
    /// neighbours); +∞ when no gap beats keeping the rules' contents.</summary>
    private float TuneSwap(List<HeldArticle> held, float threshold, CombinePolicy policy, ref (double F1, double P, double R) best, Action<string>? log)
    {
        var proposals = held.Select(p => p.Reader.Propose(p.Article.Words, p.Article.Units, p.Margins, threshold)).ToList();
        var grid = new List<(float Gap, HitCounts Counts)>();
        foreach (var gap in new[] { 0f, 2f, 4f, 6f, 8f, 12f, 16f, 24f, 32f, RulesContentSwap.Never })
        {
            var counts = Count(held.Select((p, i) =>
            {
                var t = p.Article;
                var rules = p.Swap.Apply(t.Words, t.Units, p.Rules, gap);
                var kept = LearnedReader.Select(t.Words, t.Units, proposals[i], rules, policy);
                return (t, p.Index, Predictions(rules, kept, t.Words, p.Index));
            }));
            grid.Add((gap, counts));
        }
        // The finite gaps are smoothed among themselves; "never" must beat them on its own F1.
        var (found, _) = PooledGrid.Best(grid.Select(g => g.Counts).ToList(), grid.Count - 1, grid[^1].Counts.F1);
        var chosen = found < 0 ? grid.Count - 1 : found;
        log?.Invoke("held out: swap gap " + string.Join(", ", grid.Select(g => $"{g.Gap:F0} {g.Counts.F1:F4}")));
        best = grid[chosen].Counts.Scores;
        return grid[chosen].Gap;
    }

    /// <summary>Diagnostics only (SITREP_TRAIN_FOLDS=1): every residue held out in turn, so that a change is judged on all
    /// training articles rather than on the 131 of one held-out fold (where F1 moves by ±.005 from noise alone).</summary>
    private void CrossCheck(List<TrainingArticle> articles, Action<string> log)
    {
        double sum = 0, rulesSum = 0;
        var fold = FoldOf(articles, HeldOutEvery);
        for (var r = 0; r < HeldOutEvery; r++)
        {
            var fit = articles.Where((_, i) => fold[i] != r).ToList();
            var held = articles.Where((_, i) => fold[i] == r).ToList();
            var (threshold, policy, rulesF1, best, gap, _) = Tune(HeldOut(Fit(fit, null), held).ToList(), null);
            log($"fold {r}: rules {rulesF1:F3} -> {best.F1:F3} (P {best.P:F3} R {best.R:F3}) at {threshold:F2} {policy} gap {gap:F0}");
            sum += best.F1;
            rulesSum += rulesF1;
        }
        log($"folds: rules {rulesSum / HeldOutEvery:F4} -> with the model {sum / HeldOutEvery:F4}");
    }

    /// <summary>Diagnostics only (SITREP_MISS=1): where the held-out gold attributions that rules+model miss lie (the
    /// rules' cue with a wrong content, a cue below the threshold, the model's cue with a wrong content …), and what
    /// swapping the rules' contents for the chooser's would win and lose per content kind.</summary>
    private void Misses(List<HeldArticle> held, float threshold, CombinePolicy policy, OverrideMargins overrides, Action<string> log)
    {
        var counts = new Dictionary<string, int>();
        void Count(string k) { counts.TryGetValue(k, out var n); counts[k] = n + 1; }
        foreach (var (t, ruled, margins, cp, reader, _) in held)
        {
            var proposals = reader.Propose(t.Words, t.Units, margins, threshold);
            var (rulesFound, taken) = RulesOverride.Apply(t.Words, ruled, proposals, margins, overrides);
            var kept = LearnedReader.Select(t.Words, t.Units, proposals, rulesFound, policy, taken);
            var preds = Predictions(rulesFound, kept, t.Words, cp);
            var pairs = AttributionScorer.Match(preds, t.Source.Gold).Pairs;
            var hitGold = pairs.Select(p => p.Gold).ToHashSet();
            var hitPred = pairs.Select(p => p.Pred).ToHashSet();
            for (var p = 0; p < preds.Count; p++) if (!hitPred.Contains(p)) Count(p < rulesFound.Count ? "FP rules" : "FP model");
            for (var p = 0; p < preds.Count; p++) if (hitPred.Contains(p)) Count(p < rulesFound.Count ? "TP rules" : "TP model");
            for (var gi = 0; gi < t.Gold.Count; gi++)
            {
                if (hitGold.Contains(gi)) continue;
                var g = t.Gold[gi];
                if (g.CueFirst < 0) { Count("FN no cue"); continue; }
                var (cs, ce) = (t.Words[g.CueFirst].Start, t.Words[g.CueEnd - 1].End);
                bool Ov(int a, int b) => a < ce && cs < b;
                if (rulesFound.FirstOrDefault(a => Ov(a.Cue.Start, a.Cue.End)) is { } ra)
                {
                    var lister = new ContentChoices(_phrases);
                    var list = new List<ContentChoice>();
                    var u0 = t.Units[g.Unit];
                    if (g.CueEnd <= u0.End) lister.For(t.Words, u0, g.Unit + 1 < t.Units.Count ? t.Units[g.Unit + 1] : null, g.CueFirst, g.CueEnd, list);
                    var reach = list.Any(c => TrainingArticle.HitScore(t.Words[c.First].Start, t.Words[c.End - 1].End, g.Content) > 0);
                    Count($"FN rules cue, wrong content ({ra.Kind}, {(reach ? "reachable" : "unreachable")})");
                    if (Environment.GetEnvironmentVariable("SITREP_MISS_DUMP") is { } md)
                    {
                        string Cut(int s0, int e0) => t.Source.Text[s0..e0].Replace('\n', ' ');
                        File.AppendAllText(md, $"{ra.Kind}\t{(reach ? "R" : "U")}\tcue={Cut(ra.Cue.Start, ra.Cue.End)}\trules={Cut(ra.Content.Start, ra.Content.End)}\tgold={string.Join(" | ", g.Content.Select(c => Cut(c.Start, c.End)))}\n");
                    }
                    continue;
                }
                if (rulesFound.FirstOrDefault(a => Ov(a.Content.Start, a.Content.End)) is { } outer)
                {
                    Count("FN cue inside rules content");
                    if (Environment.GetEnvironmentVariable("SITREP_MISS_DUMP") is { } md)
                    {
                        string Cut(int s0, int e0) => t.Source.Text[s0..e0].Replace('\n', ' ');
                        var top = Enumerable.Range(g.CueFirst, g.CueEnd - g.CueFirst).Max(k => margins[k]);
                        var outerHit = t.Gold.Any(o => TrainingArticle.HitScore(outer.Content.Start, outer.Content.End, o.Content) > 0);
                        File.AppendAllText(md, $"NESTED\t{top:F1}\t{(outerHit ? "outerHit" : "outerMiss")}\t{outer.Kind}\tcue={Cut(cs, ce)}\trules={Cut(outer.Cue.Start, outer.Cue.End)} :: {Cut(outer.Content.Start, outer.Content.End)}\tgold={string.Join(" | ", g.Content.Select(c => Cut(c.Start, c.End)))}\n");
                    }
                    continue;
                }
                if (rulesFound.Any(a => Ov(a.Source.Start, a.Source.End))) { Count("FN cue inside rules source"); continue; }
                if (kept.FindIndex(k => k.CueFirst < g.CueEnd && g.CueFirst < k.CueEnd) is var mi and >= 0)
                {
                    var mk = kept[mi];
                    Count("FN model cue, wrong content");
                    Count(mk.CueFirst == g.CueFirst && mk.CueEnd == g.CueEnd ? "  (same cue extent)" : mk.CueFirst == g.CueFirst ? "  (same cue start)" : "  (other cue extent)");
                    if (Environment.GetEnvironmentVariable("SITREP_MISS_DUMP") is { } md2)
                    {
                        string W(int a, int b) => t.Source.Text[t.Words[a].Start..t.Words[b - 1].End].Replace('\n', ' ');
                        File.AppendAllText(md2, $"MODEL\tgoldcue=[{W(g.CueFirst, g.CueEnd)}]\tmodelcue=[{W(mk.CueFirst, mk.CueEnd)}]\tpick={W(mk.Content.First, mk.Content.End)}\tgold={string.Join(" | ", g.Content.Select(c => t.Source.Text[c.Start..c.End].Replace('\n', ' ')))}\n");
                    }
                    continue;
                }
                if (proposals.Any(k => k.CueFirst < g.CueEnd && g.CueFirst < k.CueEnd)) { Count("FN proposed, not kept"); continue; }
                var peak = Enumerable.Range(g.CueFirst, g.CueEnd - g.CueFirst).Max(k => margins[k]);
                Count(float.IsNegativeInfinity(peak) ? "FN unscored" : peak > threshold - 1 ? "FN just below" : peak > threshold - 3 ? "FN below by 1-3" : "FN far below");
                if (Environment.GetEnvironmentVariable("SITREP_UNSCORED_DUMP") is { } ud && (float.IsNegativeInfinity(peak) || peak <= threshold - 3))
                {
                    string W(int a, int b) => (a = Math.Max(a, 0)) >= (b = Math.Min(b, t.Words.Length)) ? "" : t.Source.Text[t.Words[a].Start..t.Words[b - 1].End].Replace('\n', ' ').Replace('\t', ' ');
                    var why = string.Join(",", Enumerable.Range(g.CueFirst, g.CueEnd - g.CueFirst).Select(k => t.Words[k].IsBreak ? "break" : t.Words[k].Quote >= 0 ? "quote" : "word"));
                    File.AppendAllText(ud, $"{(float.IsNegativeInfinity(peak) ? "UNSCORED" : "FAR")}\t{peak:F1}\t{W(g.CueFirst, g.CueEnd).ToLowerInvariant()}\t{why}\t{W(g.CueFirst - 4, g.CueFirst)} [[{W(g.CueFirst, g.CueEnd)}]] {W(g.CueEnd, g.CueEnd + 4)}\n");
                }
            }
        }
        var f = new Features(ChoiceFeatures.Bits);
        var choices = new List<ContentChoice>(4);
        foreach (var (t, rulesFound, margins, cp, reader, _) in held)
            foreach (var a in rulesFound)
            {
                var cf = Array.FindIndex(t.Words, x => x.End > a.Cue.Start && !x.IsBreak);
                if (cf < 0 || t.Words[cf].Start >= a.Cue.End) { Count("swap: no cue words"); continue; }
                var ce = cf;
                while (ce < t.Words.Length && t.Words[ce].Start < a.Cue.End) ce++;
                var u = t.Units.FindIndex(x => x.First <= cf && cf < x.End);
                if (u < 0 || ce > t.Units[u].End) { Count("swap: cue across units"); continue; }
                var c = reader.Choose(t.Words, t.Units[u], u + 1 < t.Units.Count ? t.Units[u + 1] : null, cf, ce, choices, f);
                bool Hit(int s0, int e0) => t.Gold.Any(g => TrainingArticle.HitScore(s0, e0, g.Content) > 0);
                var rulesHit = Hit(a.Content.Start, a.Content.End);
                var modelHit = c is { } cc && Hit(t.Words[cc.First].Start, t.Words[cc.End - 1].End);
                var same = c is { } c2 && t.Words[c2.First].Start == a.Content.Start && t.Words[c2.End - 1].End == a.Content.End;
                var kind = choices.Count == 0 ? "none" : choices.Any(x => t.Words[x.First].Start == a.Content.Start && t.Words[x.End - 1].End == a.Content.End) ? "rulesAmong" : "rulesNotAmong";
                if (kind == "rulesAmong" && !same)
                {
                    var scores = choices.Select(x => { ChoiceFeatures.Extract(t.Words, t.Units[u], cf, ce, x, cues, f); return f.Score(reader.Model.ChoiceWeights); }).ToList();
                    var ri = choices.FindIndex(x => t.Words[x.First].Start == a.Content.Start && t.Words[x.End - 1].End == a.Content.End);
                    var gap = scores.Max() - scores[ri];
                    if (gap > 8) Count($"swapped {a.Kind} {(choices.Count)} rules {(rulesHit ? "hit" : "miss")} model {(modelHit ? "hit" : "miss")}"); else Count($"kept {a.Kind}");
                }
                Count($"swap: rules {(rulesHit ? "hit" : "miss")} model {(modelHit ? "hit" : "miss")} {(same ? "same" : "diff")} {kind}");
            }
        foreach (var kv in counts.OrderBy(kv => kv.Key)) log($"miss {kv.Key}: {kv.Value}");
    }
}
