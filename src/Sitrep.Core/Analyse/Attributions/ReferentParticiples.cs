namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "referent participle": "“The key was the market timing,” Mr. Hedge said, referring to the two Trump resorts.
/// “I assume they saw …”" — ", referring to X", ", citing X", ", describing X" after a cue name what the speaker talked
/// about, not more of the claim: PolNeAR marks them as attributions of their own with the noun phrase as content, and the
/// quotation after them goes on with the speaker's words, not the referent's (train: those contents ran on into the
/// next quotation). The forms are in the participle class of data/attribution-cues.txt; this unit tells them apart
/// from the participles that carry a claim (", adding that …").
/// </summary>
public static class ReferentParticiples
{
    private static readonly HashSet<string> Heads = ["referring", "referencing", "citing", "pointing", "alluding", "describing", "blaming"];

    /// <summary>Whether <paramref name="c"/> is a participle naming a referent, read after the cue it continues.</summary>
    public static bool Is(Candidate c, Word[] w) =>
        c.Kind == CueKind.Participle && c.InheritedFrom is not null && Heads.Contains(w[c.CueFirst].Lower);

    /// <summary>The reading a following quotation continues: the parent of a referent participle, else the last one.</summary>
    public static Reading? ContinuedBy(List<Reading> settled, Word[] w)
    {
        if (settled.Count == 0) return null;
        var last = settled[^1];
        if (!Is(last.Candidate, w)) return last;
        var parent = last.Candidate.InheritedFrom!;
        return settled.FirstOrDefault(r => r.Candidate.CueFirst == parent.CueFirst) ?? last;
    }
}
