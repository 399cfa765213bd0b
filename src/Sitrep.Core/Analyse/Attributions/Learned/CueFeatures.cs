namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// What the cue classifier sees of a token: the word, its stem and suffixes (so an unseen form of a known verb still
/// scores), its neighbours (a reporting verb is followed by "that", a colon, a quotation; preceded by a name, a
/// pronoun or a role), whether the hand-written lexicon knows it (and what follows a lexicon cue), where it stands in its
/// reporting sentence, and where it stands to what the rules already read (<see cref="RulesCoverage"/>: a second pass,
/// since only the tokens away from the rules' spans can add an attribution). The second-pass and the conjunction
/// features each moved the 7-fold held-out train F1 by about +.001 to +.002 (.6826 -> .6852 together; .6912 -> .6926
/// with the content swap); the stem crossed with the subject before it or with quotation marks near it did not help.
/// Tried and dropped: WordNet 3.0's lexicographer classes (Debian wordnet-base; first sense and any sense, verb and noun,
/// and the first class crossed with what follows), to give one-off cue words ("assails", "lamented") a class. Pooled
/// held-out train .7231 / .7229 / .7236 for seeds 0/1/2 against .7238 / .7250 / .7247 without; dev mean .731 either way.
/// Also scoring every verb of communication or cognition and noun of communication: held-out .7251 / .7250 / .7265 but
/// dev mean .728 (the pattern of every widening in <see cref="CueCandidates"/>).
/// </summary>
public static class CueFeatures
{
    public const int Bits = 20;

    private enum T
    {
        Bias = 1, Word, Stem, Suffix2, Suffix3, Prev, Prev2, Next, Next2, PrevWord, WordNext, StemNext, PrevStem,
        Capital, InQuote, Punct, FollowedBy, PrecededBy, Lexicon, LexiconInside, Position, FromEnd, SubjectBefore,
        QuoteNearBefore, QuoteNearAfter, StemFollowedBy, FirstInQuote, Rules, StemRules, RulesFollowedBy, LexiconFollowedBy, NextBigram,
    }

    public static void Extract(Word[] w, int i, Unit unit, CueLexicon cues, Features f, byte rules = RulesCoverage.Elsewhere)
    {
        f.Clear();
        var x = w[i];
        var lower = x.Lower;
        var stem = WordForms.Stem(lower);
        var prev = WordForms.At(w, i - 1, unit);
        var next = WordForms.At(w, i + 1, unit);
        f.Add((int)T.Bias);
        f.Add((int)T.Word, lower);
        f.Add((int)T.Stem, stem);
        f.Add((int)T.Suffix2, WordForms.Suffix(lower, 2));
        f.Add((int)T.Suffix3, WordForms.Suffix(lower, 3));
        f.Add((int)T.Prev, prev);
        f.Add((int)T.Prev2, WordForms.At(w, i - 2, unit));
        f.Add((int)T.Next, next);
        f.Add((int)T.Next2, WordForms.At(w, i + 2, unit));
        f.Add((int)T.PrevWord, prev, lower);
        f.Add((int)T.WordNext, lower, next);
        f.Add((int)T.StemNext, stem, next);
        f.Add((int)T.PrevStem, prev, stem);
        f.Add((int)T.Capital, x.Capitalised ? (i == unit.First ? 2 : 1) : 0);
        f.Add((int)T.InQuote, x.Quote >= 0 ? 1 : 0);
        if (x.Kind == WordKind.Punct) f.Add((int)T.Punct, lower);
        var follows = Following(w, i + 1, unit);
        f.Add((int)T.FollowedBy, follows);
        f.Add((int)T.StemFollowedBy, stem, follows);
        f.Add((int)T.PrecededBy, Preceding(w, i, unit));
        f.Add((int)T.SubjectBefore, SubjectBefore(w, i, unit));
        f.Add((int)T.NextBigram, next, WordForms.At(w, i + 2, unit));
        if (cues.Match(w, i, _ => true) is { } m)
        {
            f.Add((int)T.Lexicon, (int)m.Kind * 10 + m.Strength);
            f.Add((int)T.LexiconFollowedBy, follows, (int)m.Kind * 10 + m.Strength);
        }
        for (var back = 1; back <= 3 && i - back >= unit.First; back++)
            if (cues.Match(w, i - back, _ => true) is { } inside && inside.Length > back) { f.Add((int)T.LexiconInside, (int)inside.Kind * 10 + back); break; }
        f.Add((int)T.Position, WordForms.Bucket(i - unit.First));
        f.Add((int)T.FromEnd, WordForms.Bucket(unit.End - 1 - i));
        f.Add((int)T.QuoteNearBefore, QuoteWithin(w, i - 1, -1, unit) ? 1 : 0);
        f.Add((int)T.QuoteNearAfter, QuoteWithin(w, i + 1, +1, unit) ? 1 : 0);
        if (x.Quote >= 0 && i > unit.First && w[i - 1].Quote != x.Quote) f.Add((int)T.FirstInQuote);
        f.Add((int)T.Rules, rules);
        f.Add((int)T.StemRules, stem, rules);
        f.Add((int)T.RulesFollowedBy, follows, rules);
    }

    /// <summary>What opens the words after the token: "that", a colon, a quotation, a comma, a sentence end, a preposition.</summary>
    internal static string Following(Word[] w, int k, Unit unit)
    {
        if (k >= unit.End) return "end";
        var n = w[k];
        if (n.Quote >= 0 && (k == 0 || w[k - 1].Quote != n.Quote)) return "quote";
        if (n.Kind == WordKind.Punct) return n.Mark is ':' ? "colon" : n.Mark is ',' ? "comma" : n.Mark is '.' or '!' or '?' ? "stop" : WordForms.IsQuoteMark(n.Mark) ? "quote" : "punct";
        return n.Lower switch
        {
            "that" => "that", "to" => "to", "for" => "for", "about" => "about", "on" => "on", "of" => "of",
            "he" or "she" or "they" or "it" or "we" or "i" or "the" => "clause",
            _ => n.Capitalised ? "name" : "word",
        };
    }

    internal static string Preceding(Word[] w, int i, Unit unit)
    {
        var k = i - 1;
        while (k >= unit.First && w[k].IsWord && Phrases.Skippable.Contains(w[k].Lower)) k--;
        if (k < unit.First) return "start";
        var p = w[k];
        if (p.Kind == WordKind.Punct) return p.Mark is ',' ? "comma" : WordForms.IsQuoteMark(p.Mark) || p.Quote >= 0 ? "quote" : "punct";
        if (Phrases.Pronouns.Contains(p.Lower)) return "pronoun";
        if (p.Quote >= 0) return "quote";
        return p.Capitalised ? "name" : p.Lower.EndsWith('s') ? "plural" : "word";
    }

    /// <summary>A subject right before the verb: a name, pronoun or "the/a …" noun within four words, no comma between.</summary>
    private static int SubjectBefore(Word[] w, int i, Unit unit)
    {
        for (var k = i - 1; k >= unit.First && k >= i - 4; k--)
        {
            var p = w[k];
            if (!p.IsWord) return 0;
            if (Phrases.Pronouns.Contains(p.Lower)) return 1;
            if (p.Capitalised && k > unit.First) return 2;
            if (p.Lower is "the" or "a" or "an") return 3;
        }
        return 0;
    }

    private static bool QuoteWithin(Word[] w, int from, int step, Unit unit)
    {
        for (int k = from, n = 0; k >= unit.First && k < unit.End && n < 3; k += step, n++)
            if (w[k].Quote >= 0 || w[k].Kind == WordKind.Punct && WordForms.IsQuoteMark(w[k].Mark)) return true;
        return false;
    }
}
