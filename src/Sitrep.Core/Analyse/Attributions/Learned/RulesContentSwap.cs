namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Where the model and the rules read the same cue but cut its content differently, which wins. The rules find the
/// right cue with the wrong content often enough to be the largest single loss of rules+model (held-out train: 300 of
/// 1,100 gold attributions missed; 285 of the rules' 570 false positives): PolNeAR wants "that he would run" where the
/// rules took the whole sentence, or the quotation before the cue where they took the words after it. When the rules'
/// content (scored as a candidate) is beaten by the chooser's best candidate by more than <see cref="AttributionModel.SwapGap"/>,
/// the attribution keeps the rules' cue and source (the rules resolve speakers better than word order) and takes the
/// chooser's content. Quoted (direct, mixed) contents are never swapped. 7-fold held-out train F1 .6852 -> .6935,
/// dev .692 -> .705 (with the features of <see cref="RulesCoverage"/>). Every candidate is scored knowing the rules' cut
/// (<see cref="RulesCut"/>: is it that cut, does it share its start or end), as in training, so the chooser learns for
/// which cues the rules' extent is the one to keep: 7-fold train .6997 -> .7012.
/// </summary>
public sealed class RulesContentSwap(AttributionModel model, CueLexicon cues, Phrases phrases)
{
    /// <summary>No swap: the rules' contents are kept as they are.</summary>
    public const float Never = float.PositiveInfinity;

    private readonly ContentChoices _choices = new(phrases);

    /// <summary>The rules' attributions with each content the chooser overrules replaced (same order and count).</summary>
    public List<Documents.Attribution> Apply(Word[] w, List<Unit> units, IReadOnlyList<Documents.Attribution> found, float gap, Func<Documents.TextSpan, string>? kindOf = null)
    {
        var result = new List<Documents.Attribution>(found.Count);
        if (float.IsPositiveInfinity(gap) || found.Count == 0) { result.AddRange(found); return result; }
        var f = new Features(ChoiceFeatures.Bits);
        var choices = new List<ContentChoice>(8);
        foreach (var a in found)
        {
            var content = Preferred(w, units, a, gap, choices, f);
            if (content is not { } c) { result.Add(a); continue; }
            var span = new Documents.TextSpan(w[c.First].Start, w[c.End - 1].End);
            // The new content must not swallow another of the rules' attributions' cues or sources.
            if (found.Any(o => !ReferenceEquals(o, a) && (Overlaps(o.Cue, span) || Overlaps(o.Source, span)))) { result.Add(a); continue; }
            result.Add(a with { Content = span, Kind = kindOf?.Invoke(span) ?? a.Kind, ContentText = null });
        }
        return result;
    }

    private ContentChoice? Preferred(Word[] w, List<Unit> units, Documents.Attribution a, float gap, List<ContentChoice> choices, Features f)
    {
        // Quoted contents are left alone: the quotation marks cut them, and on held-out train the swaps there won as
        // many as they lost (direct 5/4, mixed 7/7, indirect 66/28), while scoring them cost a third of the swap's time.
        if (!RulesCut.Swappable(a.Kind)) return null;
        var first = FirstEndingAfter(w, a.Cue.Start);
        if (first >= w.Length || w[first].Start >= a.Cue.End) return null;
        var end = first;
        while (end < w.Length && w[end].Start < a.Cue.End) end++;
        var u = UnitOf(units, first);
        if (u < 0 || end > units[u].End) return null;
        _choices.For(w, units[u], u + 1 < units.Count ? units[u + 1] : null, first, end, choices);
        if (choices.Count < 1) return null;
        var cut = RulesCut.Of(w, a.Content);
        if (!cut.Exists || cut.First < units[u].First || cut.End > units[u].End) return null;
        float rules = float.NaN, best = float.NegativeInfinity;
        ContentChoice? winner = null;
        if (!choices.Exists(c => c.First == cut.First && c.End == cut.End))
        {
            // A cut the candidates cannot make is scored as a candidate of its own (after or before the cue). Left alone,
            // such cuts were as often right as the chooser's pick; scored, the gap sorts them: +.002 (7-fold train).
            ChoiceFeatures.Extract(w, units[u], first, end, AsChoice(cut, end), cues, f, cut);
            rules = f.Score(model.ChoiceWeights);
        }
        foreach (var c in choices)
        {
            ChoiceFeatures.Extract(w, units[u], first, end, c, cues, f, cut);
            var s = f.Score(model.ChoiceWeights);
            if (c.First == cut.First && c.End == cut.End) rules = s;
            if (s > best) { best = s; winner = c; }
        }
        return float.IsNaN(rules) || best - rules <= gap ? null : winner;
    }

    /// <summary>The rules' cut as a candidate of its own: after the cue or before it, with no word-order source.</summary>
    public static ContentChoice AsChoice(RulesCut cut, int cueEnd) => new(cut.First >= cueEnd ? ChoiceKind.After : ChoiceKind.Before, cut.First, cut.End, -1, -1);

    private static int FirstEndingAfter(Word[] w, int offset) => RulesCut.FirstEndingAfter(w, offset);

    private static int UnitOf(List<Unit> units, int k)
    {
        int lo = 0, hi = units.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (units[mid].End <= k) lo = mid + 1;
            else if (units[mid].First > k) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    private static bool Overlaps(Documents.TextSpan a, Documents.TextSpan b) => a.Start < b.End && b.Start < a.End;
}
