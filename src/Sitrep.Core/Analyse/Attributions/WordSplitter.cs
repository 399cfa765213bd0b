using System.Collections.Frozen;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Splits a body into words, punctuation marks and paragraph breaks for the attribution reader, and marks
/// which outer quotation each token lies in. Words keep inner apostrophes and hyphens ("Russia’s", "al-Nusra")
/// and the dots of abbreviations and initials ("U.S.", "Mr.", "Lt.", "J."), so a dot left alone ends a sentence.
/// </summary>
public static class WordSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "gov", "sen", "rep",
        "rev", "prof", "jr", "sr", "no", "vs", "co", "corp", "inc", "jan", "feb", "aug", "sep", "sept", "oct", "nov",
        "dec", "messrs", "pres", "amb", "cmdr", "lieut", "ft", "mt", "etc", "al", "v", "supt", "gens", "reps", "sens", "govs",
    }.ToFrozenSet();

    public static Word[] Split(string text, IReadOnlyList<Quotation> outer)
    {
        var words = new List<Word>(text.Length / 5 + 8);
        var q = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                var start = i;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                words.Add(new Word(start, i, "\n", WordKind.Break, false, QuoteAt(outer, ref q, start)));
                continue;
            }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                // ''NYT style'': two straight apostrophes are one quotation mark (QuoteScanner reads them so), and one token,
                // so that the rules' "comma, then the closing mark, then the source" sees the mark right before the source
                // (PolNeAR train: ''…,'' Mr. Lew said at … took the words after the cue as the content).
                var length = c == '\'' && i + 1 < text.Length && text[i + 1] == '\'' ? 2 : 1;
                words.Add(new Word(i, i + length, c is '’' or '‘' ? "'" : c.ToString(), WordKind.Punct, false, QuoteAt(outer, ref q, i)));
                i += length;
                continue;
            }
            var s = i;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                if (ch is '\'' or '’' or '-' or '‑' or '&' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                if (ch is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1])) { i++; continue; }   // 2.5, 1,000
                if (ch == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i + 2 <= text.Length && (i + 2 == text.Length || !char.IsLetter(text[i + 2])) && IsInitials(text, AfterHyphen(text, s, i), i)) { i += 2; continue; } // U.S, (D-N.Y.)
                break;
            }
            var end = i;
            if (end < text.Length && text[end] == '.')
            {
                var lower = text[s..end].ToLowerInvariant();
                // "then-Sen. Obama", "ex-Gov. Perry": the title after a hyphen is the abbreviation (train: the dot ended the content).
                var afterHyphen = lower.LastIndexOf('-') is var h and >= 0 ? lower[(h + 1)..] : lower;
                if (Abbreviations.Contains(lower) || Abbreviations.Contains(afterHyphen) || end - s == 1 && char.IsUpper(text[s]) || IsInitials(text, AfterHyphen(text, s, end), end) && end - s > 1) end = ++i;
            }
            var word = text[s..end];
            words.Add(new Word(s, end, word.ToLowerInvariant().Replace('’', '\''), WordKind.Word, char.IsUpper(word[0]) || ParticleName(word), QuoteAt(outer, ref q, s)));
        }
        // "de Mistura told reporters", "van Rompuy said": a name particle before a capitalised word opens the name.
        for (var k = 0; k + 1 < words.Count; k++)
            if (words[k].IsWord && !words[k].Capitalised && Particles.Contains(words[k].Lower) && words[k + 1].IsWord && words[k + 1].Capitalised
                && words[k + 1].Start == words[k].End + 1)
                words[k] = words[k] with { Capitalised = true };
        return words.ToArray();
    }

    /// <summary>Lower-case particles of names: "Staffan de Mistura", "Walid al-Moallem", "Herman van Rompuy", "Abu Bakr".</summary>
    private static readonly HashSet<string> Particles = ["de", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "abu", "ben", "da", "dos", "du", "ter", "le", "la"];

    /// <summary>Rule "particle name": "al-Moallem said", "el-Sisi told" — a particle joined by a hyphen to a capital is a
    /// name even though it opens in lower case (a quote with "al-Jaafari told reporters" after it found no speaker).</summary>
    private static bool ParticleName(string word)
    {
        var h = word.IndexOf('-');
        return h > 0 && h + 1 < word.Length && char.IsUpper(word[h + 1]) && Particles.Contains(word[..h].ToLowerInvariant());
    }

    /// <summary>Letters separated by dots: "U", "U.S", "D.C".</summary>
    /// <summary>Where the initials of a word begin: after its last hyphen ("D-N.Y.", a congressman's party and state: the
    /// dot after "D-N" ended the sentence, so "Rep. Gregory Meeks (D-N.Y.) said …" had no reading).</summary>
    private static int AfterHyphen(string text, int start, int end)
    {
        for (var k = end - 1; k > start; k--) if (text[k] is '-' or '‑') return k + 1;
        return start;
    }

    private static bool IsInitials(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
            if ((k - start) % 2 == 0 ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        return true;
    }

    /// <summary>The outer quotation holding this index; <paramref name="cursor"/> walks the sorted list once.</summary>
    private static int QuoteAt(IReadOnlyList<Quotation> outer, ref int cursor, int index)
    {
        while (cursor < outer.Count && outer[cursor].End <= index) cursor++;
        return cursor < outer.Count && outer[cursor].Contains(index) ? cursor : -1;
    }
}
