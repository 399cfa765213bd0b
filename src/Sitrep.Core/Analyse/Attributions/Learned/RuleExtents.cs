using Sitrep.Documents;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Rule "learned extent": with a model, the content chooser also weighs the extent the rules gave an attribution
/// against the other boundaries its cue offers on the same side (a later or earlier comma, the object of the cue's
/// preposition), and keeps the rules' one unless another scores higher. Issue 5: most contents that came out too long
/// or too short were the rules' ("to sign up 5 million people[, focusing on …]", "“It's finished,” she said of …"),
/// and under the additive policies the chooser never saw them. The source is the rules' and stays, which is why only
/// choices on the rules' side of the cue are weighed.
/// </summary>
public static class RuleExtents
{
    /// <summary>The rules' attribution in words: its cue's words, its unit, and its content as a <see cref="ChoiceKind.Rule"/>
    /// choice; null when it does not sit inside one unit (joined quotations, headline frames) or has no cue.</summary>
    public static (int Unit, int CueFirst, int CueEnd, ContentChoice Rule)? Locate(Word[] w, List<Unit> units, Attribution a)
    {
        if (a.Cue.End <= a.Cue.Start || a.Content.End <= a.Content.Start) return null;
        var cf = FirstEndingAfter(w, a.Cue.Start);
        var ce = FirstEndingAfter(w, a.Cue.End - 1) + 1;
        var first = FirstEndingAfter(w, a.Content.Start);
        var end = FirstEndingAfter(w, a.Content.End - 1) + 1;
        if (cf >= w.Length || ce > w.Length || first >= w.Length || end > w.Length || ce <= cf || end <= first) return null;
        var u = UnitOf(units, cf);
        if (u < 0) return null;
        var unit = units[u];
        if (first < unit.First || end > unit.End || ce > unit.End) return null;
        if (first < ce && cf < end) return null;                                  // parenthetical cue inside its content
        return (u, cf, ce, new ContentChoice(ChoiceKind.Rule, first, end, -1, -1));
    }

    /// <summary>Keeps the choices on the rules' side of the cue and puts the rules' own first (a choice with its very
    /// extent is the rules' one).</summary>
    public static void Offer(List<ContentChoice> choices, ContentChoice rule, int cueFirst)
    {
        var before = rule.End <= cueFirst;
        choices.RemoveAll(c => c.End <= cueFirst != before || c.First == rule.First && c.End == rule.End);
        choices.Insert(0, rule);
    }

    private static int FirstEndingAfter(Word[] w, int offset)
    {
        int lo = 0, hi = w.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (w[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int UnitOf(List<Unit> units, int word)
    {
        int lo = 0, hi = units.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (units[mid].End <= word) lo = mid + 1;
            else if (units[mid].First > word) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
