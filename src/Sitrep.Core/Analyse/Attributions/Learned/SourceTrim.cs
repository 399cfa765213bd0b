namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Cleans the word-order source of a learned reading (the words between its clause's opening and its cue, see
/// <see cref="LearnedAttributions.SourceOf"/>): the phrase stops before an adverb or a verb chain that sits between the
/// speaker and the cue, and a lone preposition names no one. Fixes what the seeds showed with a model: "Turkey rightly
/// apprehends", "Bhadrakumar goes on to discuss", "I’m pretty sure it’s safe to assume" gave those whole phrases as
/// speakers, and "…, with reports being solicited" gave "with". PolNeAR scores a source by overlap, so a long phrase that
/// happens to hold the speaker scores as well as the speaker: on train with a model this costs 5 of 14,271 right sources
/// (dev unchanged, 1,433), and is kept for what a reader sees.
/// </summary>
public static class SourceTrim
{
    /// <summary>Words after which the speaker's phrase is over. Not "is", "has", "’s" or "to": "There’s Cruz calling …",
    /// "This has Democrats considering …", "led the federation to endorse" hold the speaker after them (train: cutting
    /// there too lost 16 right sources, not 5).</summary>
    private static readonly HashSet<string> ChainWords =
        ["also", "then", "now", "still", "again", "not", "never", "just", "even", "goes", "go", "went", "pretty", "sure", "safe"];

    private static readonly HashSet<string> Prepositions =
        ["with", "of", "for", "in", "on", "at", "by", "from", "about", "into", "over", "under", "after", "before", "during", "through"];

    public static (int First, int End) Trim(Word[] w, (int First, int End) phrase) => Trim(w, phrase.First, phrase.End);

    /// <summary>The cleaned phrase [First, End), or (-1, -1) when none is left.</summary>
    public static (int First, int End) Trim(Word[] w, int first, int end)
    {
        if (first < 0 || end <= first) return (-1, -1);
        // Cut at the first adverb or chain word after the speaker's own words ("Bhadrakumar [goes on to]").
        for (var k = first + 1; k < end; k++)
        {
            var x = w[k].Lower;
            if (ChainWords.Contains(x) || x.Length > 4 && x.EndsWith("ly", StringComparison.Ordinal) && !w[k].Capitalised)
            {
                end = k;
                break;
            }
        }
        // "…, with reports being solicited": a lone preposition names no one. (Dropping every phrase that opens with one,
        // "In addition, his …", and a lone "it" or "there" lost 11 right sources on train: PolNeAR marks "It" as a source.)
        if (end == first + 1 && Prepositions.Contains(w[first].Lower)) return (-1, -1);
        return end > first ? (first, end) : (-1, -1);
    }
}
