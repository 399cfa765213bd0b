using System.Collections.Frozen;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Which tokens besides the known cue words and the lexicon the cue classifier scores. Scoring every token would cost
/// time for no gain ("the", "of" are nearly never cues); scoring only seen words caps recall: a cue the training split
/// never showed, or showed in another form, can never be found (train: the known words and the lexicon reach 92% of
/// held-out gold cues). Each widening below is a word class that report verbs and nouns share:
///   • another inflection of a known cue word ("recapitulates" when training saw "recapitulated");
///   • a verb-like word (-ed, -s, -ing, or any lower-case word not a function word) opening a that-clause, a quotation
///     or a colon: the shape of a reporting verb whatever the verb ("he exclaimed: …", "she conceded that …");
///   • a noun after a possessive with a complement ("Trump's insistence that …", "his critique of …").
/// Wider sets reach more gold cues but the classifier does not turn them into hits (pooled held-out train with the model,
/// .7226 at 0c81494; the held-out gold cues left unscored are mostly one-off words and phrases, SITREP_UNSCORED_DUMP):
/// every lower-case word (98.6% reached) .7220; cue words seen once (97.3%) .7228; in 5% of occurrences .7235; "in"
/// before a poll and sentence-opening "for"/"under" (95.7%) .7225. With the stem's leave-one-out cue rate as a feature,
/// 1 cue in 5% reached 98.8% and gave .7247 (seeds 17/5/99 +.0014 on average) but dev fell .734 -> .728 (seed average
/// -.004): not kept (branch unscored-rates).
/// </summary>
public sealed class CueCandidates
{
    // A HashSet, not a FrozenSet: the frozen set's span lookup made the whole learned stage five times slower (FA-KES,
    // 2 threads: 452 articles/s against 2,380 without this rule).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stems;

    public CueCandidates(IEnumerable<string> cueWords) =>
        _stems = cueWords.Select(w => WordForms.Stem(w).ToString()).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string> FunctionWords = new[]
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "was", "are",
        "were", "be", "been", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "its", "our", "my", "your", "so", "not", "no", "if", "than", "then", "there", "here", "also", "just", "only", "very",
        "more", "most", "who", "which", "what", "when", "where", "why", "how", "all", "some", "any", "one", "two", "about",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PossessivePronouns = new[] { "his", "her", "their", "its", "our", "my", "your" }.ToFrozenSet(StringComparer.Ordinal);

    public bool Widened(Word[] w, int i)
    {
        var x = w[i];
        if (!x.IsWord || x.Lower.Length < 3 || FunctionWords.Contains(x.Lower)) return false;
        if (_stems.Contains(WordForms.Stem(x.Lower))) return true;
        if (i + 1 >= w.Length) return false;
        var next = w[i + 1];
        if (!x.Capitalised && (next.Lower == "that" || next.Mark == ':' || next.Quote >= 0 || next.Kind == WordKind.Punct && WordForms.IsQuoteMark(next.Mark))) return true;
        if (i > 0 && next.Lower is "that" or "of" or "to" or "on" or "about" or "against" or "for")
        {
            var prev = w[i - 1].Lower;
            return PossessivePronouns.Contains(prev) || prev.EndsWith("'s", StringComparison.Ordinal) || prev.EndsWith("s'", StringComparison.Ordinal);
        }
        return false;
    }
}
