namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// The content the rules cut for a cue, in words [<see cref="First"/>, <see cref="End"/>), as the content chooser's
/// evidence (<see cref="ChoiceFeatures"/>): training finds it from the rules' output on the training articles, the
/// content swap (<see cref="RulesContentSwap"/>) from the attribution it weighs.
/// </summary>
public readonly record struct RulesCut(int First, int End)
{
    public static readonly RulesCut None = new(-1, -1);

    public bool Exists => End > First;

    /// <summary>0: the rules cut nothing; 1: another cut; 2: same start; 3: same end; 4: the rules' cut itself.</summary>
    public int Relation(int first, int end) => !Exists ? 0 : first == First && end == End ? 4 : first == First ? 2 : end == End ? 3 : 1;

    /// <summary>The words of <paramref name="span"/> (UTF-16 offsets), or <see cref="None"/> when it holds none.</summary>
    public static RulesCut Of(Word[] w, Documents.TextSpan span)
    {
        var first = FirstEndingAfter(w, span.Start);
        var end = first;
        while (end < w.Length && w[end].Start < span.End) end++;
        while (end > first && w[end - 1].IsBreak) end--;
        return end > first ? new RulesCut(first, end) : None;
    }

    /// <summary>The indirect content of the rules' attribution whose cue overlaps the words [<paramref name="cueFirst"/>,
    /// <paramref name="cueEnd"/>) and whose content lies within <paramref name="unit"/>; <see cref="None"/> otherwise. Only indirect
    /// contents: they are the ones the swap may re-cut.</summary>
    public static RulesCut For(Word[] w, Unit unit, int cueFirst, int cueEnd, IReadOnlyList<Documents.Attribution> found)
    {
        var (s, e) = (w[cueFirst].Start, w[cueEnd - 1].End);
        foreach (var a in found)
        {
            if (!Swappable(a.Kind) || a.Cue.Start >= e || s >= a.Cue.End) continue;
            var cut = Of(w, a.Content);
            return cut.Exists && cut.First >= unit.First && cut.End <= unit.End ? cut : None;
        }
        return None;
    }

    /// <summary>Whether the swap may re-cut a rules' content of this kind: indirect only. Mixed and "according to" contents
    /// were tried with the rules' cut as evidence: 7-fold train .7025 -> .7021 and .7033, dev unchanged; "according to"
    /// would lose its kind in the swap.</summary>
    public static bool Swappable(string kind) => kind == "indirect";

    /// <summary>The first token ending after <paramref name="offset"/>, past paragraph breaks.</summary>
    public static int FirstEndingAfter(Word[] w, int offset)
    {
        var k = Word.FirstEndingAfter(w, offset);
        while (k < w.Length && w[k].IsBreak) k++;
        return k;
    }
}
