namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "bare opening subject" (issue 5, cue recall): "Former foes say Trump is picking the right man", "The front-runner
/// and former secretary of state said the U.S. needed …" — a speech verb whose subject the phrase finder cannot read (a
/// plain noun with no determiner, no role word and no capital at its head: "foes", "state") still has one when everything
/// from the sentence's start to the verb is a short noun phrase: capitalised at the start, no verb, clause word,
/// quotation or comma inside (train misses: such "said" readings were dropped for want of a subject).
/// </summary>
public sealed partial class CandidateReader
{
    /// <summary>Words that show the stretch before the verb is more than a noun phrase: clause openers, auxiliaries,
    /// pronouns and prepositions that start a circumstance rather than a name's tail.</summary>
    private static readonly HashSet<string> NotInBareSubject =
    [
        "that", "who", "which", "whom", "whose", "what", "when", "where", "while", "if", "as", "because", "after", "before",
        "since", "although", "though", "despite", "but", "or", "so", "than", "to", "by", "with", "about", "asked", "is", "was",
        "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must",
        "did", "does", "do", "not", "he", "she", "they", "we", "i", "it", "you", "there", "here", "this", "these", "those",
    ];

    /// <summary>Cue forms that are as often plural nouns after a bare noun ("user reports to ferret out", "Black circles
    /// show the islands", "Drop in primary turnout hints"): without a phrase the finder trusts, they are not read as verbs.</summary>
    private static readonly HashSet<string> NounLikeCues =
    [
        "reports", "report", "claim", "claims", "show", "shows", "hints", "highlights", "points", "comment", "comments", "ask",
        "tell", "calls", "call", "estimates", "promises", "warning", "warnings", "alleged", "showed",
    ];

    /// <summary>Sentence openers that are no subject: "Just ask …", "Only time will tell", "Share and comment below".</summary>
    private static readonly HashSet<string> NotSubjectOpeners = ["just", "only", "share", "there's", "no", "please", "and", "but", "so", "then", "now", "also", "in", "on", "at", "for", "from"];

    /// <summary>The opening noun phrase [sentence start, <paramref name="i"/>) of the speech verb at <paramref name="i"/>, or
    /// (-1, -1) when the stretch is anything else.</summary>
    private static (int, int) BareOpeningSubject(Word[] w, Unit u, int i, CueMatch m)
    {
        if (m.Kind is not (CueKind.Speech or CueKind.Tell) || m.Strength < 2 || m.Length == 1 && NounLikeCues.Contains(w[i].Lower)) return (-1, -1);
        // A line without a full stop is a headline ("Clinton coverage highlights TV gender gap"), whose grammar this rule
        // does not read.
        var last = u.End - 1;
        while (last > i && (w[last].IsBreak || w[last].Quote >= 0 && !w[last].IsWord)) last--;
        if (w[last].Mark is not ('.' or '?' or '!') && w[last].Quote < 0) return (-1, -1);
        var start = ContentStartBefore(w, u, i);
        if (start >= i || !w[start].IsWord || !w[start].Capitalised || w[start].Quote >= 0 || NotSubjectOpeners.Contains(w[start].Lower) || Weekdays.Contains(w[start].Lower)) return (-1, -1);
        var end = i;
        while (end - 1 > start && w[end - 1].IsWord && Phrases.Skippable.Contains(w[end - 1].Lower)) end--;
        if (end - start > 12) return (-1, -1);
        for (var k = start; k < end; k++)
        {
            var x = w[k];
            if (x.Quote >= 0) return (-1, -1);
            // "Holding rates near zero has encouraged …": a gerund opens a clause, not a name.
            if (k == start && x.Lower.EndsWith("ing", StringComparison.Ordinal)) return (-1, -1);
            if (!x.IsWord)
            {
                if (x.Mark is '-' or '\'' or '.' or '&') continue;
                return (-1, -1);
            }
            if (NotInBareSubject.Contains(x.Lower)) return (-1, -1);
            // A lower-case past form before the verb is a verb of its own: "Officials briefed on the talks said".
            if (!x.Capitalised && k > start && x.Lower.Length > 4 && (x.Lower.EndsWith("ed", StringComparison.Ordinal) || x.Lower.EndsWith("ing", StringComparison.Ordinal))) return (-1, -1);
        }
        return (start, end);
    }
}
