namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "subject around 'according to'": "The terrorist attacks, according to the source, claimed the lives of two
/// civilians" — the source interrupts one clause, and the claim is the whole of it: the subject before and the predicate
/// after. PolNeAR writes such a claim as two fragments around the source ("Notably absent from the conversation | was any
/// mention of …"); one span over both, the source inside, overlaps them by far more than the predicate alone did. On a
/// page stripped of its commas ("The terrorist attacks according to the source claimed …") the source ran on into the
/// predicate and the claim was the subject alone; the source ends at the predicate's verb.
/// Only when the words before are a bare subject (no verb, no comma, not a fronted place or time) and a finite verb
/// follows the source: "In Aleppo, according to SANA, the army took …" keeps its claim after the source.
/// </summary>
public sealed partial class CandidateReader
{
    /// <summary>The start of the bare subject before <paramref name="before"/> (a comma or the cue), or -1.</summary>
    private static int BareSubjectBefore(Word[] w, Unit u, int before)
    {
        if (before <= u.First) return -1;
        var start = ContentStartBefore(w, u, before);
        if (start >= before || before - start > 12 || !w[start].IsWord || w[start].Quote >= 0) return -1;
        if (FrontedPrepositionalPhrase(w, start, before) || Clauses.Clauses.HasFiniteVerb(w, start, before)) return -1;
        for (var k = start; k < before; k++)
            if (!w[k].IsWord && w[k].Mark is not ('\'' or '-' or '.' or '’') || w[k].Quote >= 0
                || Clauses.Clauses.Subordinators.Contains(w[k].Lower) || w[k].Lower is "that" or "said" or "says"
                || IsContractedBe(w[k].Lower)) return -1;
        return start;
    }

    /// <summary>"That's", "it’s", "here's": a pronoun with "is" glued on is a clause, not a bare subject (<see cref="Word.Lower"/>
    /// already reads ’ as ').</summary>
    private static bool IsContractedBe(string lower) =>
        lower.EndsWith("'s", StringComparison.Ordinal)
        && lower[..^2] is "that" or "it" or "here" or "there" or "what" or "who" or "this" or "he" or "she" or "where";

    /// <summary>A predicate opens at <paramref name="k"/>: an auxiliary or a past form ("claimed", "was", "has killed").</summary>
    private static bool OpensPredicate(Word[] w, Unit u, int k) =>
        k < u.End && w[k].IsWord && !w[k].Capitalised && (Clauses.Clauses.IsAuxiliary(w, k) || Clauses.Clauses.IsPast(w, k));

    /// <summary>Within an unpunctuated source, the word where a predicate starts after at least two words of source.</summary>
    private static int PredicateInsideSource(Word[] w, Unit u, int sf, int se)
    {
        for (var k = sf + 2; k < se; k++)
        {
            if (!w[k].IsWord) return -1;
            if (OpensPredicate(w, u, k) && w[k - 1].IsWord && !NounPhraseInsides.Contains(w[k - 1].Lower)) return k;
        }
        return -1;
    }
}
