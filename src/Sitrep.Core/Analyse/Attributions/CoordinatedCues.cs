namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "coordinated cues": "Cruz recounted his record, recited the pledge, and ripped the deal", "She says she will vote
/// for him but has withheld her endorsement", "The envoy called the strikes illegal and urged a ceasefire" — one subject
/// with several reporting predicates joined by "and", "but" or a comma. PolNeAR annotates each predicate as an attribution
/// of its own (its cue, the shared source, its own content); the rules read one content running over all of them
/// (train: about 540 contents too long on both sides and 820 too long where the nearby gold has another cue).
/// A coordinated cue is a verb of the cue lexicon right after the coordinator (past adverbs and auxiliaries), in the same
/// form as the first cue ("recounted … and ripped", "says … and urges"), or after a pronoun subject ("and she accused");
/// after a bare comma also a participle cue (", touting …", ", asserting that …"), which continues the same speaker.
/// Measured on train (rules alone): cognition verbs as the second cue were right 7 times in 23 and any "-ed" verb outside
/// the lexicon 5 in 44, so both are left out.
/// The first content then ends before the coordinator and the second cue gets the same source and its own content.
/// </summary>
public sealed partial class CandidateReader
{
    private static readonly HashSet<string> IrregularPast =
    [
        "said", "told", "wrote", "thought", "saw", "knew", "found", "felt", "sought", "swore", "spoke", "made", "took",
        "laid", "stood", "struck", "went", "shot", "forecast", "spelled", "held", "gave", "put", "led", "brought", "fought",
    ];

    private static readonly HashSet<string> CoordinatedSubjects = ["he", "she", "they", "we", "i"];

    private enum VerbForm : byte { Other, Past, Present, Ing, Modal }

    /// <summary>The candidate cut before its first coordinated cue, and the candidate of that cue; null when none.</summary>
    private (Candidate First, Candidate Next)? SplitCoordinated(string text, Word[] w, Unit u, Candidate c)
    {
        if (c.ContentBefore || c.Kind is not (CueKind.Speech or CueKind.Tell or CueKind.Stance or CueKind.Cognition or CueKind.Participle)) return null;
        var firstForm = FormOf(w[c.CueFirst].Lower);
        if (firstForm == VerbForm.Other) return null;
        var contentFirst = c.CueEnd;
        while (contentFirst < u.End && w[contentFirst].Start < c.ContentStart) contentFirst++;
        // An object content ("praised the convoy, criticized …") stops right before the coordinator: it is looked at too.
        var pastEnd = contentFirst;
        while (pastEnd < u.End && w[pastEnd].Start < c.ContentEnd) pastEnd++;
        for (var k = contentFirst + 2; k < u.End && k <= pastEnd; k++)
        {
            if (w[k].Quote >= 0 || w[k].IsBreak) continue;
            var conjunction = w[k].IsWord && w[k].Lower is "and" or "but";
            var comma = w[k].Mark == ',' && k + 1 < u.End && w[k + 1].Lower is not ("and" or "but");
            if (!conjunction && !comma) continue;
            var v = k + 1;
            var pronoun = -1;
            if (conjunction && v < u.End && w[v].IsWord && w[v].Quote < 0 && CoordinatedSubjects.Contains(w[v].Lower)) pronoun = v++;
            var form = VerbForm.Other;
            while (v < u.End && v < k + 5 && w[v].IsWord && w[v].Quote < 0 && (Phrases.Skippable.Contains(w[v].Lower) || w[v].Lower.EndsWith("ly", StringComparison.Ordinal) && w[v].Lower.Length > 4))
            {
                if (form == VerbForm.Other) form = AuxiliaryForm(w[v].Lower);
                v++;
            }
            if (v >= u.End || !w[v].IsWord || w[v].Quote >= 0 || w[v].Capitalised) continue;
            var match = cues.Match(w, v, x => x is CueKind.Speech or CueKind.Tell or CueKind.Stance);
            if (match is not { } m) continue;
            var verbForm = FormOf(w[v].Lower);
            if (form == VerbForm.Other) form = verbForm;
            var sameForm = form == firstForm || form == VerbForm.Modal && firstForm is VerbForm.Past or VerbForm.Present;
            var cueEnd = v + m.Length;
            // "the plan, backed by Moscow", "the deal, signed in 2015": a participle after a comma with an agent or a
            // circumstance is a reduced relative, not a second predicate.
            if (cueEnd < u.End && w[cueEnd].Is("by")) continue;
            // ", touting …", ", asserting that …": a participle cue after a comma continues the same speaker.
            var commaIng = comma && verbForm == VerbForm.Ing && m.Kind != CueKind.Cognition;
            if (commaIng) sameForm = true;
            if (comma && !commaIng && (m.Kind == CueKind.Cognition || form is not (VerbForm.Past or VerbForm.Present)
                          || cueEnd < u.End && ModifierOpeners.Contains(w[cueEnd].Lower))) continue;
            if (pronoun < 0 && !sameForm || pronoun >= 0 && verbForm == VerbForm.Ing) continue;
            if (comma && ClosesParenthetical(w, contentFirst, k)) continue;
            while (cueEnd < u.End && cues.Match(w, cueEnd, x => x == CueKind.Extension) is { } ext) cueEnd += ext.Length;
            var after = cueEnd;
            int vf = c.ViaFirst, ve = c.ViaEnd;
            if (m.Kind == CueKind.Tell || w[v].Lower.StartsWith("ask", StringComparison.Ordinal))
            {
                var (lf, le) = phrases.ListenerOf(w, after, u.End);
                if (lf >= 0) after = le;
            }
            while (after < u.End && cues.Match(w, after, x => x == CueKind.Extension) is { } ext2) after += ext2.Length;
            if (VerbContent(text, w, u, v, m, after) is not (var cs, var ce)) continue;
            if (k < pastEnd) ce = Math.Min(ce, c.ContentEnd);
            if (ce - cs < 3) continue;
            var firstEnd = TrimEnd(text, c.ContentStart, w[k - 1].End);
            if (firstEnd - c.ContentStart < 3) return null;
            var first = c with { ContentEnd = firstEnd };
            var next = pronoun >= 0
                ? new Candidate(m.Kind, m.Strength, v, cueEnd, pronoun, pronoun + 1, cs, ce, false, vf, ve)
                : new Candidate(m.Kind, m.Strength, v, cueEnd, c.SourceFirst, c.SourceEnd, cs, ce, false, vf, ve, c.InheritedFrom ?? c);
            return (first, next);
        }
        return null;
    }

    /// <summary>"said that the council, which met in Homs, rejected …", "said Ali, a commander, criticized …": a comma
    /// closing a relative clause or an apposition is followed by the clause's own verb, not a second predicate.</summary>
    private static bool ClosesParenthetical(Word[] w, int from, int comma)
    {
        for (var k = comma - 1; k > from; k--)
            if (w[k].Mark == ',' && w[k].Quote < 0)
                return w[k + 1].Lower is "who" or "which" or "whose" or "whom" or "where" or "a" or "an" or "the";
        return false;
    }

    private static VerbForm FormOf(string verb)
    {
        if (IrregularPast.Contains(verb) || verb.EndsWith("ed", StringComparison.Ordinal)) return VerbForm.Past;
        if (verb.EndsWith("ing", StringComparison.Ordinal)) return VerbForm.Ing;
        if (verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal)) return VerbForm.Present;
        return VerbForm.Other;
    }

    private static VerbForm AuxiliaryForm(string word) => word switch
    {
        "has" or "is" or "does" => VerbForm.Present,
        "had" or "was" or "were" or "did" => VerbForm.Past,
        "would" or "will" or "could" or "can" or "may" or "might" or "should" or "must" => VerbForm.Modal,
        _ => VerbForm.Other,
    };
}
