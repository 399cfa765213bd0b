using System.Collections.Frozen;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Finds the noun phrase that names a source, without a parser: the words a news sentence puts next to a
/// reporting verb. A phrase is a run of capitalised words, role and source words ("spokesman", "officials",
/// "ministry"), a few adjectives before them, connectors inside names ("Ministry of Defense", "al-Nusra"),
/// bracketed insertions ("the [Russian foreign] ministry") and one determiner or possessive at its left edge.
/// </summary>
public sealed class Phrases(SourceWords sources)
{
    public static readonly FrozenSet<string> Pronouns = new[] { "he", "she", "they", "it", "we", "i", "who", "which", "you" }.ToFrozenSet();

    public static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
        "some", "many", "several", "other", "two", "three", "both", "most", "few", "one", "all",
    }.ToFrozenSet();

    /// <summary>Adverbs and auxiliaries between a subject and its verb ("Lavrov also said", "he has repeatedly warned").</summary>
    public static readonly FrozenSet<string> Skippable = new[]
    {
        "also", "has", "have", "had", "was", "is", "were", "are", "did", "does", "do", "would", "will", "could", "can",
        "may", "might", "should", "must", "not", "never", "later", "previously", "earlier", "once", "again", "repeatedly",
        "recently", "reportedly", "then", "further", "separately", "publicly", "privately", "first", "initially",
        "already", "only", "just", "even", "still", "often", "frequently", "allegedly", "clearly", "explicitly",
        "specifically", "subsequently", "finally", "quickly", "openly", "himself", "herself", "themselves", "itself",
        "been", "always", "long", "flatly", "angrily", "bluntly", "simply", "directly", "immediately",
        "personally", "meanwhile", "however", "now", "today", "yesterday", "therefore", "thus", "instead", "too", "officially", "formally", "here", "sharply", "strongly", "firmly", "emphatically",
        // Negated auxiliaries: "Peck doesn't expect a deal", "the ministry didn't say" (train misses: no subject was found past them).
        "doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "hasn't", "haven't", "hadn't", "aren't", "weren't", "shouldn't",
        "generally", "largely", "mostly", "increasingly", "consistently", "widely", "broadly", "loudly", "quietly", "vocally", "frequently", "routinely", "usually", "overall",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Imperatives = new[] { "read", "see", "watch", "click", "follow", "subscribe", "share", "sign", "listen", "join", "learn", "find", "get" }.ToFrozenSet();

    private static readonly FrozenSet<string> TitleModifiers = new[] { "former", "then", "ex", "acting", "outgoing", "incoming", "late", "longtime", "retired" }.ToFrozenSet();

    private static readonly FrozenSet<string> Connectors = new[] { "of", "for", "al", "el", "de", "bin", "ibn", "and", "&", "on" }.ToFrozenSet();

    /// <summary>Lower-case words that end a phrase: prepositions, conjunctions and verbs seen next to sources.</summary>
    private static readonly FrozenSet<string> Stops = new[]
    {
        "in", "on", "at", "to", "from", "by", "with", "as", "that", "than", "but", "or", "if", "when", "while",
        "because", "after", "before", "since", "where", "what", "how", "why", "about", "into", "over", "under", "during", "amid",
        "not", "no", "so", "there", "here", "said", "says", "say", "told", "is", "was", "were", "are", "be", "been",
        "has", "have", "had", "and", "also", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "who", "which", "whom", "whose", "it", "he", "she", "they", "we", "i",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Fractions = new[]
    {
        "two-thirds", "one-third", "three-quarters", "three-fourths", "one-quarter", "one-fourth", "one-fifth", "two-fifths",
    }.ToFrozenSet();

    /// <summary>"one" to "ten", or a number of up to three digits.</summary>
    public static bool NumberWord(string lower) => NumberWords.Contains(lower) || lower.Length is > 0 and < 4 && lower.All(char.IsDigit);

    /// <summary>"about", "nearly", "more than", "only about" before a share: part of the source phrase.</summary>
    private static int ShareQualifiers(Word[] w, int first, int lo)
    {
        while (first - 1 >= lo && w[first - 1].IsWord && w[first - 1].Lower is "about" or "nearly" or "roughly" or "almost" or "only" or "than" or "more" or "fewer" or "less" or "some" or "just" or "over" or "under")
            first--;
        return first;
    }

    public static bool PronounContraction(string lower)
    {
        var apostrophe = lower.IndexOf('\'');
        return apostrophe > 0 && Pronouns.Contains(lower[..apostrophe]) && lower[(apostrophe + 1)..] is "s" or "re" or "ve" or "d" or "ll" or "m";
    }

    /// <summary>"based in", "speaking from", "stationed in": a participle between a speaker and where he is.</summary>
    public static readonly FrozenSet<string> PlaceParticiples = new[] { "based", "speaking", "living", "stationed", "located", "working", "reporting", "writing" }.ToFrozenSet();

    /// <summary>A word that makes a phrase a person's: a role ("minister", "chairman") or a courtesy title ("Mr.", "Sen.").</summary>
    public bool IsPersonWord(string lower) =>
        sources.Is("person-role", lower) || lower.TrimEnd('.') is "mr" or "mrs" or "ms" or "dr" or "sen" or "rep" or "gov" or "gen" or "col" or "lt";

    public bool IsSourceWord(string lower) =>
        sources.Is("person-role", lower) || sources.Is("org-role", lower) || sources.Is("anonymous", lower)
        // "Chinese military commentators have said": the plural of a role word names a source as well as the role.
        || lower.Length > 3 && lower[^1] == 's' && (sources.Is("person-role", lower[..^1]) || sources.Is("org-role", lower[..^1]));

    /// <summary>The subject phrase ending at word <paramref name="head"/> (inclusive), not reaching before <paramref name="lo"/>.
    /// Returns (first, end) or (-1, -1).</summary>
    public (int First, int End) LeftOf(Word[] w, int head, int lo)
    {
        if (head < lo) return (-1, -1);
        var end = head + 1;
        // "the [Russian foreign] ministry", "[Army Colonel Ryan] Dillon": brackets the writer inserted.
        var k = head;
        var h = w[head];
        if (h.Kind == WordKind.Punct && h.Mark is ']' or ')')
        {
            var open = FindOpen(w, head, lo);
            if (open < 0 || open == lo) return (-1, -1);
            k = open - 1;
            h = w[k];
            end = head + 1;
            if (!h.IsWord) return (-1, -1);
            // A bracket after a determiner closes the phrase: "the [Russian foreign]".
        }
        // Rule "poll share" with a per cent sign: "47% said …", "Some 56 % say …".
        if (h.Kind == WordKind.Punct && h.Mark == '%' && k - 1 >= lo && w[k - 1].IsWord && char.IsDigit(w[k - 1].Lower[0])) return (ShareQualifiers(w, k - 1, lo), end);
        if (h.IsWord && h.Lower.Length > 1 && h.Lower[^1] == '%' && char.IsDigit(h.Lower[0])) return (ShareQualifiers(w, k, lo), end);
        if (!h.IsWord) return (-1, -1);
        // "Nearly nine out of 10 said …".
        if (k - 3 >= lo && NumberWord(h.Lower) && w[k - 1].Is("of") && w[k - 2].Is("out") && w[k - 3].IsWord && NumberWord(w[k - 3].Lower)) return (ShareQualifiers(w, k - 3, lo), end);
        // Rule "polled participle": "56 percent of Cuban-Americans polled said", "the voters surveyed said" — the participle
        // after the head noun is part of the phrase (train misses: the lower-case participle was no head, so no subject).
        if (h.Lower is "polled" or "surveyed" or "interviewed" or "questioned" && k - 1 >= lo && w[k - 1].IsWord && !Determiners.Contains(w[k - 1].Lower) && w[k - 1].Lower is not ("those" or "these" or "people"))
        {
            var (pf, _) = LeftOf(w, k - 1, lo);
            return pf >= 0 ? (pf, end) : (-1, -1);
        }
        if (Pronouns.Contains(h.Lower)) return (k, k + 1);
        // Rule "contracted pronoun": "She's hoping …", "they've argued …", "he'd said" — the pronoun with its auxiliary is
        // the subject (train misses: "she's" read as a possessive and no source found).
        if (PronounContraction(h.Lower)) return (k, k + 1);
        // Rule "poll share": "Six in 10 say he is decisive", "more than 4 in 10 said", "About three-quarters support a ban" —
        // a share of those polled is the source (train misses: a number head found no phrase, so the cue had no subject).
        if (k - 2 >= lo && w[k - 1].Is("in") && NumberWord(h.Lower) && w[k - 2].IsWord && NumberWord(w[k - 2].Lower)) return (ShareQualifiers(w, k - 2, lo), end);
        if (Fractions.Contains(h.Lower)) return (ShareQualifiers(w, k, lo), end);
        var capital = h.Capitalised;
        var sourceWord = IsSourceWord(h.Lower);
        if (!capital && !sourceWord && !HasDeterminerBefore(w, k, lo)) return (-1, -1);
        if (!capital && Stops.Contains(h.Lower)) return (-1, -1);
        // "As discussed below", "Read the full post and see": a sentence-opening function word or imperative is no source
        // (seed 002 gave "As" and "Read" as sources).
        if (capital && (h.Lower is "as" || Imperatives.Contains(h.Lower)) && (k == lo || !w[k - 1].IsWord || !w[k - 1].Capitalised)) return (-1, -1);
        var first = k;
        var adjectives = 0;
        for (var j = k - 1; j >= lo; j--)
        {
            var x = w[j];
            if (x.Kind == WordKind.Punct && x.Mark is ']' or ')')
            {
                var open = FindOpen(w, j, lo);
                if (open < 0) break;
                first = open;
                j = open;
                continue;
            }
            if (x.Kind == WordKind.Punct && x.Mark is '-' && j - 1 >= lo && w[j - 1].IsWord) { first = j; continue; }
            if (!x.IsWord) break;
            // A capital determiner opens its sentence: "(Reuters) The group which … said" — a credit before it is not the phrase's.
            if (Determiners.Contains(x.Lower) && (!x.Capitalised || x.Lower is "the" or "a" or "an") || x.Lower.EndsWith("'s", StringComparison.Ordinal) && !x.Capitalised)
            {
                first = j;
                break;
            }
            if (x.Capitalised)
            {
                if (Stops.Contains(x.Lower) && x.Lower is not ("i")) break;
                if (x.Lower.EndsWith("'s", StringComparison.Ordinal)) { first = j; break; }   // "Russia's Foreign Ministry"
                first = j;
                adjectives = 0;
                continue;
            }
            // "“A,” former Education Secretary Arne Duncan told …": a lower-case title modifier before a titled name is part of
            // the source (PolNeAR train: the phrase stopped at it, so the quotation before it was not the source's).
            if (TitleModifiers.Contains(x.Lower) && w[first].Capitalised) { first = j; continue; }
            if (Connectors.Contains(x.Lower) && j - 1 >= lo && w[j - 1].Capitalised && w[first].Capitalised) { first = j; continue; }
            if (IsSourceWord(x.Lower)) { first = j; continue; }
            // "geopolitical analyst", "senior officials": up to two plain words before a role word.
            if (adjectives < 3 && !Stops.Contains(x.Lower) && !Skippable.Contains(x.Lower) && (IsSourceWord(w[first].Lower) || adjectives > 0 && IsSourceWord(w[k].Lower)) && (char.IsLetter(x.Lower[0]) || char.IsDigit(x.Lower[0])))
            {
                adjectives++;
                first = j;
                continue;
            }
            break;
        }
        // Rule "name of the body": "Mr. Morgan of the Sierra Club said", "General Lapin of the General Staff said" — the
        // phrase stopped at "the"; the name before "of the" is its head (PolNeAR dev: the quotation before such a source
        // had no reading at all).
        if (first - 2 >= lo && w[first].IsWord && w[first].Lower == "the" && w[first - 1].IsWord && w[first - 1].Lower is "of" or "for" or "at" or "from"
            && w[first - 2].Capitalised && !Stops.Contains(w[first - 2].Lower) && LeftOf(w, first - 2, lo) is (>= 0, _) named
            && !(named.First == first - 2 && OpensSentence(w, first - 2)))     // "Units of the army said": a capital only for the sentence
            first = named.First;
        // Leading plain adjectives with no determiner are kept only before a role word.
        return (first, end);
    }

    private static bool OpensSentence(Word[] w, int k) => k == 0 || w[k - 1].IsBreak || w[k - 1].Mark is '.' or '!' or '?';

    /// <summary>A phrase starting at <paramref name="from"/>: "the Russian Ministry of Defense", "Lavrov", "the minister".
    /// Stops at punctuation, "that", a verb-like stop word, or after <paramref name="max"/> words.</summary>
    public (int First, int End) RightOf(Word[] w, int from, int hi, int max = 10)
    {
        if (from >= hi || !w[from].IsWord) return (-1, -1);
        if (Pronouns.Contains(w[from].Lower) && w[from].Lower is not ("who" or "which")) return (from, from + 1);
        var end = from;
        var count = 0;
        for (var j = from; j < hi && count < max; j++)
        {
            var x = w[j];
            if (x.Kind == WordKind.Punct)
            {
                if (x.Mark is '[' && FindClose(w, j, hi) is var close and > 0) { j = close; end = close + 1; continue; }
                if (x.Mark is '-' or '&' or '\'' && end == j && j + 1 < hi && w[j + 1].IsWord) continue;
                break;
            }
            if (!x.IsWord || x.Quote >= 0) break;
            if (!x.Capitalised && Stops.Contains(x.Lower) && !(Connectors.Contains(x.Lower) && end > from && w[end - 1].Capitalised && j + 1 < hi && w[j + 1].Capitalised)) break;
            // "said Observatory director Rami Abdel Rahman The displaced people …": after a name, a capital "The" opens the
            // next sentence of a page stripped of its stops (the left-hand phrase stops there too, LeftOf).
            if (j > from && x.Capitalised && x.Lower is "the" or "a" or "an" && w[j - 1].Capitalised) break;
            end = j + 1;
            count++;
        }
        return end > from ? (from, end) : (-1, -1);
    }

    /// <summary>A listener after "told": "Sputnik", "RT", "reporters", "the Associated Press", "journalists on Monday".</summary>
    public (int First, int End) ListenerOf(Word[] w, int from, int hi)
    {
        if (from >= hi || !w[from].IsWord) return (-1, -1);
        var x = w[from];
        if (x.Capitalised)
        {
            var end = from;
            // "told The Post on Saturday": a day after "on" is when, not part of the listener's name.
            while (end < hi && w[end].IsWord && (w[end].Capitalised && !(end > from && CandidateReader.Weekdays.Contains(w[end].Lower))
                   || Connectors.Contains(w[end].Lower) && end + 1 < hi && w[end + 1].Capitalised && !CandidateReader.Weekdays.Contains(w[end + 1].Lower))) end++;
            return (from, end);
        }
        if (x.Lower is "him" or "her" or "them" or "us" or "me" or "reporters" or "journalists" or "lawmakers" or "supporters" or "audiences" or "voters" or "viewers" or "listeners" or "students" or "congress" or "parliament")
            return (from, from + 1);
        if (Determiners.Contains(x.Lower))
        {
            var end = from + 1;
            while (end < hi && end < from + 5 && w[end].IsWord && !Stops.Contains(w[end].Lower)) end++;
            return end > from + 1 ? (from, end) : (-1, -1);
        }
        return (-1, -1);
    }

    private static bool HasDeterminerBefore(Word[] w, int k, int lo)
    {
        for (var j = k - 1; j >= lo && j >= k - 4; j--)
        {
            if (!w[j].IsWord) return false;
            // "Each side said", "Another user wrote": distributive determiners open a subject too.
            if (Determiners.Contains(w[j].Lower) || w[j].Lower is "each" or "every" or "another" or "either" or "neither" || w[j].Lower.EndsWith("'s", StringComparison.Ordinal)) return true;
            // "an indication that helps explain": a relative word between the determiner and the head opens a clause, so
            // the head is its verb, not a noun (seed 004 gave "helps" as a source).
            if (w[j].Lower is "that" or "which" or "who" or "whom") return false;
        }
        return false;
    }

    private static int FindOpen(Word[] w, int close, int lo)
    {
        var mark = w[close].Mark == ']' ? '[' : '(';
        for (var j = close - 1; j >= lo && j >= close - 12; j--)
            if (w[j].Mark == mark) return j;
        return -1;
    }

    private static int FindClose(Word[] w, int open, int hi)
    {
        for (var j = open + 1; j < hi && j <= open + 12; j++)
            if (w[j].Mark == ']') return j;
        return -1;
    }
}
