namespace Sitrep.Analyse.Events;

/// <summary>A lexicon phrase found in a sentence: words [First, Last] of the sentence.</summary>
public readonly record struct LexiconHit(LexiconRow Row, int First, int Last);

/// <summary>Finds every lexicon phrase in a sentence's words.</summary>
public static class LexiconMatcher
{
    private const int MaxGap = 3;

    public static List<LexiconHit> Match(EventLexicon lexicon, string body, Word[] words)
    {
        var hits = new List<LexiconHit>();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].IsNumber) continue;
            var (exact, prefixed) = lexicon.StartingWith(words[i].Lower);
            if (exact is not null) foreach (var row in exact) Try(row, body, words, i, hits);
            if (prefixed is not null) foreach (var row in prefixed) Try(row, body, words, i, hits);
        }
        return hits;
    }

    private static void Try(LexiconRow row, string body, Word[] words, int i, List<LexiconHit> hits)
    {
        if (MatchAt(row.Tokens, body, words, i) is { } last) hits.Add(new LexiconHit(row, i, last));
    }

    /// <summary>The index of the phrase's last word when it matches from word <paramref name="start"/>, else null.</summary>
    private static int? MatchAt(PhraseToken[] phrase, string body, Word[] words, int start)
    {
        var w = start;
        for (var p = 0; p < phrase.Length; p++)
        {
            var token = phrase[p];
            if (token.Kind == PhraseTokenKind.Gap)
            {
                // Skip up to MaxGap words: find the next phrase word within the gap.
                if (p + 1 >= phrase.Length) return w - 1;
                var next = phrase[p + 1];
                var found = -1;
                for (var k = w; k < Math.Min(words.Length, w + MaxGap + 1); k++)
                    if (WordMatches(next, body, words[k])) { found = k; break; }
                if (found < 0) return null;
                w = found + 1;
                p++;
                continue;
            }
            if (w >= words.Length || !WordMatches(token, body, words[w])) return null;
            w++;
        }
        return w - 1;
    }

    /// <summary>"word*" is a prefix; an all-capital token ("IS") matches only in capitals (never the verb "is").</summary>
    public static bool WordMatches(PhraseToken token, string body, Word word) => token.Kind switch
    {
        PhraseTokenKind.Prefix => word.Lower.StartsWith(token.Text, StringComparison.Ordinal),
        PhraseTokenKind.Capitals => word.End - word.Start == token.Text.Length && body.AsSpan(word.Start, token.Text.Length).SequenceEqual(token.Text),
        _ => word.Lower == token.Text,
    };
}
