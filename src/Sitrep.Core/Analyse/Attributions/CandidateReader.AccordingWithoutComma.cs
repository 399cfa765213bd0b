namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "according to without a comma": "According to the SANA news agency the incident took place in the Al Midan
/// district", "According to the Observatory at least 112 civilians have been killed" — on a page stripped of its
/// punctuation (FA-KES) nothing closes the source, which ran up to sixteen words into the claim and left the claim its
/// tail ("a terrorist attack"; 137 of FA-KES's 325 "according to" sources were longer than six words). The source ends
/// where a new clause visibly starts: a determiner after a noun ("… agency | the incident", "statistics | this raises"), a
/// count ("| at least 112", "| 10 IS militants", "| more than 30", "| over 160000") or a subject pronoun ("… organisation
/// | it is feared").
/// </summary>
public sealed partial class CandidateReader
{
    private static readonly HashSet<string> NounPhraseInsides =
        ["of", "for", "by", "from", "in", "at", "on", "with", "and", "or", "the", "a", "an", "to", "near", "inside", "outside", "based"];

    private static readonly HashSet<string> Counts = ["tens", "hundreds", "dozens", "thousands", "scores"];

    private static readonly HashSet<string> TimeWords = ["week", "month", "year", "morning", "afternoon", "evening", "weekend", "time"];

    /// <summary>A predicate's verb (<see cref="OpensPredicate"/>) among the words [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool VerbWithin(Word[] w, Unit u, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!w[k].IsWord) return false;
            if (OpensPredicate(w, u, k)) return true;
        }
        return false;
    }

    private static bool StartsWithDigit(string lower) => lower.Length > 0 && char.IsDigit(lower[0]);

    /// <summary>Where an unpunctuated "according to" source of <paramref name="sf"/>..<paramref name="se"/> ends, or
    /// <paramref name="se"/> when no clause visibly starts inside it with four words of the unit left for the claim.</summary>
    private int SourceEndWithoutComma(Word[] w, Unit u, int sf, int se)
    {
        if (se - sf <= 5) return se;
        var objectPending = false;
        for (var k = sf + 1; k < se && k < u.End - 3; k++)
        {
            // "the rights group which tracks the war | the toll rose": a relative clause's verb takes one object first.
            if (w[k].Lower is "which" or "who" or "that") { objectPending = true; continue; }
            if (w[k].Kind == WordKind.Punct || !w[k].IsWord) return se;
            var prev = w[k - 1].Lower;
            if (NounPhraseInsides.Contains(prev) || prev.EndsWith("'s", StringComparison.Ordinal) || prev.EndsWith("’s", StringComparison.Ordinal)) continue;
            var x = w[k].Lower;
            var next = w[k + 1].Lower;
            // "according to Rami Abdul Rahman the head of the rights group": a role after "the" (a person-role word of
            // data/attribution-sources.txt) is the source's apposition.
            var startsClause = x is "the" or "a" or "an" && !phrases.IsPersonWord(next) && !phrases.IsPersonWord(w[k + 2].Lower)
                               || x is "at" && next is "least" || x is "more" or "less" or "fewer" && next is "than"
                               || Counts.Contains(x) && next is "of" || Phrases.NumberWord(x) && !w[k].Capitalised || StartsWithDigit(x)
                               || x is "over" or "nearly" or "about" or "around" or "almost" && StartsWithDigit(next)
                               || x is "this" or "these" && !TimeWords.Contains(next)
                               || x is "it" or "they" or "he" or "she" or "there"
                               // "the bulletin | Jabhat al-Nusra terrorists executed 40 gunmen": a name after a common noun, with its verb.
                               || w[k].Capitalised && w[k - 1].IsWord && !w[k - 1].Capitalised && !phrases.IsPersonWord(w[k - 1].Lower) && VerbWithin(w, u, k + 1, Math.Min(u.End, k + 6));
            if (startsClause && objectPending && x is "the" or "a" or "an") { objectPending = false; continue; }
            if (startsClause) return k;
        }
        return se;
    }
}
