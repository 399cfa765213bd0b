using System.Collections.Frozen;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

/// <summary>
/// Splits a body into words for name detection. Hyphens and apostrophes inside a word keep it whole
/// ("Deir ez-Zor", "Ma'arrat"); "U.S." and "D.C." keep their dots; a dot after a short title or
/// abbreviation ("Lt.", "St.", "Gen.") neither ends the sentence nor breaks the name.
/// </summary>
public static class Tokenizer
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "pvt",
        "gov", "sen", "rep", "rev", "prof", "det", "jr", "sr", "no", "vs", "ave", "blvd", "hwy", "co", "corp", "inc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark",
        "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss",
        "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    }.ToFrozenSet();

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        var breakPending = true;
        var sentencePending = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '-' or '‑' && tokens.Count > 0 && tokens[^1].End == i && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;                                     // a name-joining hyphen: no break
                    continue;
                }
                if (c is '.' or '!' or '?' or '\n' or ':' or ';' or '•' or '|') sentencePending = true;
                if (!char.IsWhiteSpace(c) || c == '\n') breakPending = true;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                // "Fargo-Moorhead", "DFL-Minneapolis": a hyphen between two capitalised words separates two names
                // (the next word starts without a break, so "Al-Nusra" still matches as a phrase).
                if (ch is '-' or '‑' && i + 1 < text.Length && char.IsUpper(text[i + 1]) && char.IsUpper(text[start]) && !IsArabicArticle(text, start, i)) break;
                // "Turkish-backed", "Britain-based", "US-led": a lower-case suffix is not part of the name.
                if (ch is '-' or '‑' && i + 1 < text.Length && char.IsAsciiLetterLower(text[i + 1]) && char.IsUpper(text[start])
                    && !IsArabicArticle(text, start, i) && !ConnectorFollows(text, i + 1) && !PlaceLinkFollows(text, i + 1)) break;
                // "anti-Russian", "ex-Soviet", "pro-Kremlin": a lower-case prefix before a capitalised name is a word of its own,
                // so the name after it is read (GeoWebNews tags "Russian" in "the anti-Russian policy").
                if (ch is '-' or '‑' && i + 1 < text.Length && char.IsUpper(text[i + 1]) && NamePrefixes.Contains(text[start..i])) break;
                if ((ch is '-' or '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or '‑') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                // "W.Va.": an initial, a dot and a short capitalised abbreviation with its dot are one word.
                if (ch == '.' && i - start == 1 && char.IsUpper(text[start]) && StateAbbreviationTail(text, i + 1) is var tail and > 0)
                {
                    i += 2 + tail;
                    break;
                }
                // "U.S.", "D.C.": a dot between single letters belongs to the word.
                if (ch == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i - start >= 1 && IsSingleLetterRun(text, start, i)
                    && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))) { i += 2; continue; }
                break;
            }
            var end = i;
            if (end < text.Length && text[end] == '.' && IsSingleLetterRun(text, start, end) && end - start <= 4 && text.AsSpan(start, end - start).Contains('.')) end = ++i; // trailing dot of "U.S."
            var coreEnd = end;
            var flags = TokenFlags.None;
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '’')
            {
                coreEnd = end - 2;
                flags |= TokenFlags.Possessive;
            }
            var span = text.AsSpan(start, coreEnd - start);
            var folded = NameFolding.Fold(span);
            if (breakPending) flags |= TokenFlags.BreakBefore;
            if (sentencePending) flags |= TokenFlags.SentenceStart;
            flags |= Shape(span);
            tokens.Add(new Token(start, end, coreEnd, folded, flags));
            breakPending = false;
            sentencePending = false;
            // A dot right after an abbreviation or a middle initial ("Kijuan D. McDonald") is part of it, not a sentence end.
            if (i < text.Length && text[i] == '.' && (Abbreviations.Contains(folded) || IsInitial(text, start, end))) i++;
        }
        return tokens.ToArray();
    }

    /// <summary>"Va." after "W.": a capital, one or two lower-case letters and a dot; the length up to the dot, or 0.</summary>
    private static int StateAbbreviationTail(string text, int from)
    {
        if (from >= text.Length || !char.IsUpper(text[from])) return 0;
        var k = from + 1;
        while (k < text.Length && k - from <= 2 && char.IsAsciiLetterLower(text[k])) k++;
        return k > from + 1 && k < text.Length && text[k] == '.' ? k - from : 0;
    }

    /// <summary>One capital letter, then ". " and a capitalised word: an initial, not a sentence end.</summary>
    private static bool IsInitial(string text, int start, int end) =>
        end - start == 1 && char.IsUpper(text[start]) && end + 2 < text.Length && text[end + 1] == ' ' && char.IsUpper(text[end + 2]);

    /// <summary>"Al-", "El-", "Ad-"...: an Arabic article glued to the name it belongs to.</summary>
    private static bool IsArabicArticle(string text, int start, int end) =>
        end - start is 2 or 3 && Sitrep.Analyse.Entities.NameLexicons.Connectors.Contains(text[start..end].ToLowerInvariant());

    /// <summary>"Deir ez-Zor", "Jisr al-Shughur": the word after the hyphen is an article, part of the name.</summary>
    /// <summary>Small words that join a place's name with hyphens on both sides: "Port-au-Prince", "Boulogne-sur-Mer",
    /// "Clacton-on-Sea", "Stratford-upon-Avon". Read as a lower-case suffix ("Turkish-backed"), "Port" was cut from
    /// "au-Prince" and the capital of Haiti was never found (GeoVirus).</summary>
    private static readonly FrozenSet<string> PlaceLinks = new[] { "au", "aux", "sur", "sous", "en", "on", "upon", "under", "les", "lès", "by" }.ToFrozenSet();

    private static readonly FrozenSet<string> NamePrefixes = new[] { "anti", "pro", "ex", "non", "post", "pre", "pan", "trans", "neo" }.ToFrozenSet();

    private static bool PlaceLinkFollows(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end + 1 < text.Length && text[end] is '-' or '‑' && char.IsUpper(text[end + 1]) && PlaceLinks.Contains(text[from..end]);
    }

    private static bool ConnectorFollows(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return Sitrep.Analyse.Entities.NameLexicons.Connectors.Contains(text[from..end]);
    }

    private static bool IsSingleLetterRun(string text, int start, int end)
    {
        // Letters separated by dots: "U", "U.S", "D.C".
        for (var k = start; k < end; k++)
        {
            var isLetterSlot = (k - start) % 2 == 0;
            if (isLetterSlot ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        }
        return true;
    }

    /// <summary>Arabic articles, and the elided French and Italian ones ("Côte d'Ivoire", "L'Aquila", "Val d'Isère"): a
    /// lower-case article joined to a capitalised word keeps the word inside a name (GeoVirus lost "Côte d'Ivoire" at the
    /// lower-case "d'").</summary>
    private static readonly string[] ArabicArticles = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ez-", "ed-", "es-"];

    private static readonly string[] ElidedArticles = ["d'", "d’", "l'", "l’"];

    /// <summary>"al-Nairab", "ez-Zor": the word opens with a hyphenated Arabic article.</summary>
    public static bool OpensWithArabicArticle(string text, Token t)
    {
        var word = text.AsSpan(t.Start, t.End - t.Start);
        foreach (var article in ArabicArticles)
            if (word.StartsWith(article, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A lower-case article of <paramref name="articles"/> glued to a capitalised word.</summary>
    private static bool ArticleBeforeCapital(ReadOnlySpan<char> w, string[] articles)
    {
        foreach (var article in articles)
            if (w.Length > article.Length && w.StartsWith(article, StringComparison.Ordinal) && char.IsUpper(w[article.Length])) return true;
        return false;
    }

    private static TokenFlags Shape(ReadOnlySpan<char> w)
    {
        var flags = TokenFlags.None;
        if (w.Length == 0) return flags;
        var letters = 0; var upper = 0;
        foreach (var ch in w)
        {
            if (char.IsDigit(ch)) flags |= TokenFlags.Digit;
            if (!char.IsLetter(ch)) continue;
            letters++;
            if (char.IsUpper(ch)) upper++;
        }
        if (char.IsUpper(w[0]) || ArticleBeforeCapital(w, ArabicArticles) || ArticleBeforeCapital(w, ElidedArticles)) flags |= TokenFlags.Capitalised;
        if (letters >= 2 && upper == letters) flags |= TokenFlags.AllCaps;
        return flags;
    }
}
