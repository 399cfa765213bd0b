using Sitrep.Documents;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>How confident a learned proposal must be to overrule a rules' reading it collides with (+∞: never).
/// <see cref="Split"/>: the proposal's cue score, when its cue lies inside a rules' content; <see cref="Replace"/>: how far
/// the proposal's cue score must pass the model's score of the rules' cue, when it collides otherwise.</summary>
public readonly record struct OverrideMargins(float Split, float Replace)
{
    public static readonly OverrideMargins Never = new(float.PositiveInfinity, float.PositiveInfinity);
    public bool Any => !float.IsPositiveInfinity(Split) || !float.IsPositiveInfinity(Replace);
}

/// <summary>
/// Where a confident learned proposal collides with a rules' reading, the proposal may win instead of being dropped
/// (under <see cref="CombinePolicy.NoOverlap"/> every collision kept the rules' reading):
///   split: PolNeAR is univocal, an outer content stops before a nested attribution's source; a rules' content that runs
///   over a strong learned cue ("… an old favorite - others say he has never been healthier") ends before the clause of that
///   cue, and the learned attribution is added (held-out train: 737 gold attributions missed with their cue inside a
///   rules' content);
///   replace: a rules' reading whose cue the model scores far below the colliding proposal's cue gives way to it (weak
///   readings: nouns, participles, verbs the rules read too often as cues; each rules addition used to cost the model hits).
/// Same cue as a rules' reading: left to <see cref="RulesContentSwap"/>. Pooled held-out train .7024 -> .7046 (split alone
/// .7030 at its best margin, replace alone .7042), dev .706 -> .709, source .887 -> .891. Tried and dropped: a reading whose cue the model never
/// scored giving way too (.7049 -> .7048 at the replace peak); the split gated by how far the inner cue passes the outer
/// one (never chosen); the outer content ended at the inner content's word-order source rather than its clause (same);
/// a learned content that runs over rules' readings cut before them instead of being dropped (lost at every margin: most
/// such proposals are weak cues, "also", "has", whose content swallowed a right rules' reading).
/// Also tried and dropped: the rules' own nested candidates (the ~2,000 ConflictResolver drops on train) handed to this step
/// as split proposals scored by the model's margin on their cue: held-out train .7118 before the rescorer at "never", at best
/// .7122 (margin 12; .7138 vs .7137 after it); the outer kept whole beside them .7119; only nested cues ten or more words into
/// the outer content .7119. Per candidate, a split loses the outer hit far more often (568) than it gains one or two (185):
/// most nested contents hit the outer's own gold content, and even a perfect pick would add only ~.008.
/// </summary>
public static class RulesOverride
{
    /// <summary>The rules' readings (cut or dropped where a proposal wins; same order) and the proposals that won.</summary>
    public static (List<Attribution> Rules, List<Proposal> Taken) Apply(Word[] w, IReadOnlyList<Attribution> rules, IReadOnlyList<Proposal> proposals, float[] margins, OverrideMargins m, Func<TextSpan, string>? kindOf = null)
    {
        var current = rules.ToList();
        var taken = new List<Proposal>();
        if (!m.Any || proposals.Count == 0 || current.Count == 0) return (current, taken);
        foreach (var p in proposals.OrderByDescending(p => p.Score))
        {
            var (cueStart, cueEnd) = (w[p.CueFirst].Start, w[p.CueEnd - 1].End);
            var (contentStart, contentEnd) = (w[p.Content.First].Start, w[p.Content.End - 1].End);
            if (taken.Any(k => Collide(w, k, p))) continue;
            var hit = current.Where(a => Touches(a, cueStart, cueEnd) || Touches(a, contentStart, contentEnd)).ToList();
            if (hit.Count == 0 || hit.Any(a => Overlaps(a.Cue, cueStart, cueEnd))) continue;
            // A split that leaves the outer reading nothing ("noted, according to the EU instructions, …") is no split: the
            // outer cue and source are the rules' (Lavrov's), and only the replace margin may drop them.
            if (hit.Count == 1 && p.Score > m.Split && Split(w, hit[0], p) is { } outer && outer.End > outer.Start)
            {
                current[current.IndexOf(hit[0])] = hit[0] with { Content = outer, Kind = kindOf?.Invoke(outer) ?? hit[0].Kind, ContentText = null };
                taken.Add(p);
                continue;
            }
            if (float.IsPositiveInfinity(m.Replace)) continue;
            // Quoted readings (direct, mixed) are never replaced: the quotation marks make them the rules' surest, and on the
            // seeds a replaced one lost its speaker ("As the Russian Foreign Minister noted, according to the EU instructions,
            // “all these countries” must …" went to the EU). Held-out train: .7049 -> .7047 at the peak, dev unchanged.
            if (hit.All(a => a.Kind is "indirect" or "according_to" && CueScore(w, a, margins) is var s && !float.IsNegativeInfinity(s) && p.Score - s > m.Replace))
            {
                foreach (var a in hit) current.Remove(a);
                taken.Add(p);
            }
        }
        return (current, taken);
    }

    /// <summary>A run of tokens over the threshold (one proposal) that touches a rules' cue can neither overrule a reading
    /// (the same cue: <see cref="RulesContentSwap"/>'s) nor join them: set to −∞ so that the chooser is never asked.</summary>
    public static void MaskRulesCues(float[] margins, List<Unit> units, byte[] code, float threshold)
    {
        foreach (var unit in units)
            for (var i = unit.First; i < unit.End; i++)
            {
                if (margins[i] <= threshold) continue;
                var end = i;
                var onCue = false;
                while (end < unit.End && margins[end] > threshold) onCue |= code[end++] == RulesCoverage.InCue;
                if (onCue) for (var k = i; k < end; k++) margins[k] = float.NegativeInfinity;
                i = end - 1;
            }
    }

    /// <summary>The outer content that is left when the proposal's attribution (the clause of its cue, and its content) is
    /// taken out of the rules' reading <paramref name="a"/>: the piece on the side of the outer cue (empty: none is left);
    /// null when the proposal's cue is not inside the outer content or its content reaches the outer cue or source.</summary>
    public static TextSpan? Split(Word[] w, Attribution a, Proposal p)
    {
        var (cf, ce) = (Word.FirstEndingAfter(w, a.Content.Start), Word.FirstEndingAfter(w, a.Content.End));
        if (ce < w.Length && w[ce].Start < a.Content.End) ce++;
        if (p.CueFirst < cf || p.CueEnd > ce) return null;
        var start = ClauseStart(w, cf, p.CueFirst);
        if (p.Content.First < start) start = p.Content.First;
        var end = Math.Max(p.CueEnd, p.Content.End);
        var (s, e) = (w[start].Start, w[end - 1].End);
        if (Overlaps(a.Cue, s, e) || Overlaps(a.Source, s, e)) return null;
        int first, last;
        if (a.Cue.End <= a.Content.Start) (first, last) = (cf, Math.Min(start, ce));
        else if (a.Cue.Start >= a.Content.End) (first, last) = (Math.Max(end, cf), ce);
        else return null;
        while (first < last && Trimmed(w[first], leading: true)) first++;
        while (last > first && Trimmed(w[last - 1], leading: false)) last--;
        return last > first ? new TextSpan(w[first].Start, w[last - 1].End) : new TextSpan(a.Content.Start, a.Content.Start);
    }

    /// <summary>Where the clause of a cue begins, within [<paramref name="floor"/>, cue): after the nearest comma, dash,
    /// colon or clause opener ("and", "that", "who" …) up to eight words back; the cue itself when none is that near.</summary>
    private static int ClauseStart(Word[] w, int floor, int cueFirst)
    {
        var k = cueFirst;
        while (k > floor && k > cueFirst - 8 && !Boundary(w[k - 1])) k--;
        return k > floor && k == cueFirst - 8 && !Boundary(w[k - 1]) ? cueFirst : k;
    }

    private static bool Boundary(Word x) => x.IsBreak || x.Mark is ',' or ';' or ':' or '-' or '—' or '–' or '(' or '.' or '?' or '!'
        || x.IsWord && Openers.Contains(x.Lower);

    private static bool Trimmed(Word x, bool leading) => !x.IsWord ? x.Mark is ',' or ';' or ':' or '-' or '—' or '–' or '(' || x.IsBreak
        : !leading && Openers.Contains(x.Lower) || leading && x.Lower is "and" or "but" or "while" or "as";

    private static readonly System.Collections.Frozen.FrozenSet<string> Openers = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "that", "who", "which", "and", "but", "while", "as", "because", "when", "if", "although", "though", "since", "where", "so", "whom", "whose", "or",
    });

    /// <summary>The model's best cue score over the rules' cue words (−∞: none scored).</summary>
    private static float CueScore(Word[] w, Attribution a, float[] margins)
    {
        var best = float.NegativeInfinity;
        for (var k = Word.FirstEndingAfter(w, a.Cue.Start); k < w.Length && w[k].Start < a.Cue.End; k++) best = Math.Max(best, margins[k]);
        return best;
    }

    private static bool Collide(Word[] w, Proposal k, Proposal p)
    {
        int S(int i) => w[i].Start;
        int E(int i) => w[i - 1].End;
        bool O(int s1, int e1, int s2, int e2) => s1 < e2 && s2 < e1;
        return O(S(k.Content.First), E(k.Content.End), S(p.Content.First), E(p.Content.End)) || O(S(k.Content.First), E(k.Content.End), S(p.CueFirst), E(p.CueEnd))
            || O(S(k.CueFirst), E(k.CueEnd), S(p.Content.First), E(p.Content.End)) || O(S(k.CueFirst), E(k.CueEnd), S(p.CueFirst), E(p.CueEnd));
    }

    private static bool Touches(Attribution a, int start, int end) => Overlaps(a.Content, start, end) || Overlaps(a.Cue, start, end) || Overlaps(a.Source, start, end);

    private static bool Overlaps(TextSpan x, int start, int end) => x.Start < end && start < x.End;
}
