using Sitrep.Documents;

namespace Sitrep.Link;

/// <summary>
/// What a document is about, as weighted keys for story clustering: its entities ("e:"), places ("p:")
/// and its most repeated content words ("t:"). Names weigh more than words: two reports of one strike
/// share the town and the actors even when their wording differs (a Reuters piece and a SANA piece).
/// </summary>
public static class StoryFeatures
{
    public const double NameWeight = 2.0;
    public const double TermWeight = 1.0;
    public const int MaxTerms = 12;

    public const int MaxNames = 8;
    public const int MaxPlaces = 5;

    /// <summary>The document's salient features: the names and places it mentions most (an article names a
    /// dozen actors in passing; the two or three it keeps naming are what it is about), weighted by how
    /// often they recur, and its most repeated words.</summary>
    public static Dictionary<string, double> Of(Document d)
    {
        var features = new Dictionary<string, double>();
        var names = d.Entities.Where(e => e.Type is not ("OTHER" or "GPE" or "LOC")).GroupBy(e => Key(e.Canonical ?? e.Text));
        foreach (var g in names.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(MaxNames))
            features["e:" + g.Key] = NameWeight * (1 + Math.Log(g.Count()));
        foreach (var g in d.Places.GroupBy(p => Key(p.Name)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(MaxPlaces))
            features["p:" + g.Key] = NameWeight * (1 + Math.Log(g.Count()));
        foreach (var t in TopTerms(d.Body, MaxTerms)) features.TryAdd("t:" + t, TermWeight);
        return features;
    }

    public static string Key(string name) => name.Trim().ToLowerInvariant();

    /// <summary>The most frequent words of four letters or more that are not function words.</summary>
    public static IEnumerable<string> TopTerms(string body, int n)
    {
        var counts = new Dictionary<string, int>();
        foreach (var w in WordTokens.Of(body))
        {
            if (w.End - w.Start < 4) continue;
            var word = body[w.Start..w.End].ToLowerInvariant();
            if (StopWords.Contains(word) || word.All(char.IsDigit)) continue;
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts.Where(kv => kv.Value >= 2).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => kv.Key);
    }

    // Function words and the reporting vocabulary every article of the corpus shares.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "were", "been", "their", "they", "there", "which", "would", "will",
        "said", "says", "also", "about", "after", "before", "into", "than", "them", "then", "what", "when", "where",
        "while", "other", "more", "most", "some", "such", "only", "over", "under", "these", "those", "being", "could",
        "should", "because", "between", "during", "against", "according", "reported", "report", "reports", "told",
        "added", "news", "people", "year", "years", "time", "first", "last", "many", "much", "very", "just", "still",
        "since", "through", "however", "including", "well", "both", "each", "here", "among", "several", "does", "make",
        "made", "like", "even", "while", "whose", "your", "ours", "it's", "said.", "week", "month", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "statement", "comments", "comment",
    };
}
