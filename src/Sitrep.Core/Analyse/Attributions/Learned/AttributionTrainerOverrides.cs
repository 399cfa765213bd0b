using Sitrep.Evaluation.Attribution;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>The trainer's tuning of <see cref="OverrideMargins"/>: when a confident learned proposal overrules the rules'
/// reading it collides with (<see cref="RulesOverride"/>), chosen on the pooled held-out counts like the threshold.</summary>
public sealed partial class AttributionTrainer
{
    private static readonly float[] SplitGrid = [0f, 1f, 2f, 3f, 4f, 6f, 8f, 10f, 12f, 16f, float.PositiveInfinity];
    private static readonly float[] ReplaceGrid = [0f, 2f, 4f, 6f, 8f, 10f, 12f, 16f, 24f, float.PositiveInfinity];

    /// <summary>The split margin first (no replacing), then the replace margin with it; each on its grid smoothed with its
    /// neighbours among the finite points, "never" winning unless a finite point beats its own F1.</summary>
    private OverrideMargins TuneOverrides(List<HeldArticle> held, float threshold, CombinePolicy policy, ref (double F1, double P, double R) best, Action<string>? log)
    {
        if (policy != CombinePolicy.NoOverlap) return OverrideMargins.Never;
        var proposals = held.Select(p => p.Reader.Propose(p.Article.Words, p.Article.Units, p.Margins, threshold)).ToList();
        float Pick(string name, float[] values, Func<float, OverrideMargins> at, ref (double F1, double P, double R) b)
        {
            var grid = values.Select(v => Count(held.Select((p, i) => Combined(p, proposals[i], policy, at(v))))).ToList();
            var (found, _) = PooledGrid.Best(grid, grid.Count - 1, grid[^1].F1);
            var chosen = found < 0 ? grid.Count - 1 : found;
            log?.Invoke($"held out: {name} " + string.Join(", ", values.Select((v, i) => $"{v:F0} {grid[i].F1:F4}")));
            b = grid[chosen].Scores;
            return values[chosen];
        }
        var split = Pick("split margin", SplitGrid, v => new OverrideMargins(v, float.PositiveInfinity), ref best);
        var replace = Pick("replace margin", ReplaceGrid, v => new OverrideMargins(split, v), ref best);
        if (Environment.GetEnvironmentVariable("SITREP_OVERRIDE_DUMP") is { Length: > 0 } dump) DumpOverrides(dump, held, proposals, new OverrideMargins(split, replace));
        return new OverrideMargins(split, replace);
    }

    /// <summary>The rules' readings overruled where a proposal wins, then the proposals that join them under the policy.</summary>
    private static (TrainingArticle, Output.CodePointIndex, List<PredictedAttribution>) Combined(HeldArticle p, List<Proposal> proposals, CombinePolicy policy, OverrideMargins m)
    {
        var t = p.Article;
        var (rules, taken) = RulesOverride.Apply(t.Words, p.Rules, proposals, p.Margins, m);
        var kept = LearnedReader.Select(t.Words, t.Units, proposals, rules, policy, taken);
        return (t, p.Index, Predictions(rules, kept, t.Words, p.Index));
    }

    /// <summary>Diagnostics only (SITREP_OVERRIDE_DUMP=file): each rules' reading cut (SPLIT) or dropped (REPLACE) at the
    /// chosen margins, with both cue scores and whether the proposal's, the reading's and the cut reading's contents are hits.</summary>
    private static void DumpOverrides(string path, List<HeldArticle> held, List<List<Proposal>> proposals, OverrideMargins m)
    {
        using var o = new StreamWriter(path);
        for (var i = 0; i < held.Count; i++)
        {
            var p = held[i];
            var t = p.Article;
            var (rules, taken) = RulesOverride.Apply(t.Words, p.Rules, proposals[i], p.Margins, m);
            bool Hit(int s0, int e0) => t.Gold.Any(g => TrainingArticle.HitScore(s0, e0, g.Content) > 0);
            string Cut(int s0, int e0) => e0 <= s0 ? "" : t.Source.Text[s0..e0].Replace('\n', ' ');
            foreach (var k in taken)
            {
                var (cs, ce) = (t.Words[k.Content.First].Start, t.Words[k.Content.End - 1].End);
                var (qs, qe) = (t.Words[k.CueFirst].Start, t.Words[k.CueEnd - 1].End);
                var gone = p.Rules.Where(a => !rules.Contains(a) && (a.Content.Start < Math.Max(ce, qe) && Math.Min(cs, qs) < a.Content.End || a.Cue.Start < Math.Max(ce, qe) && Math.Min(cs, qs) < a.Cue.End || a.Source.Start < Math.Max(ce, qe) && Math.Min(cs, qs) < a.Source.End)).ToList();
                foreach (var a in gone)
                {
                    var now = rules.FirstOrDefault(r => r.Cue == a.Cue);
                    var kind = now is null ? "REPLACE" : "SPLIT";
                    var margin = 0f;
                    for (var x = Word.FirstEndingAfter(t.Words, a.Cue.Start); x < t.Words.Length && t.Words[x].Start < a.Cue.End; x++) margin = Math.Max(margin, p.Margins[x]);
                    o.WriteLine($"{kind}\t{k.Score:F1}\t{margin:F1}\tP {(Hit(cs, ce) ? "hit" : "miss")}\tA {(Hit(a.Content.Start, a.Content.End) ? "hit" : "miss")}\tA' {(now is not null && Hit(now.Content.Start, now.Content.End) ? "hit" : "miss")}\t{a.Kind}\tcue={Cut(qs, qe)} :: {Cut(cs, ce)}\trules={Cut(a.Cue.Start, a.Cue.End)} :: {Cut(a.Content.Start, a.Content.End)} => {(now is null ? "-" : Cut(now.Content.Start, now.Content.End))}");
                }
            }
        }
    }
}
