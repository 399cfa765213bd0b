using System.Text;

namespace Sitrep.Knowledge;

/// <summary>
/// A loose spelling key for transliterated Arabic and Russian names, used only when the folded name
/// finds nothing. One key for "Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour" and "Deir Ezzor"; for
/// "Raqqa", "Rakka" and "Ar Raqqah"; for "Palmyra" and "Пальмира". Rules, each from a spelling
/// pair seen in the news:
///   * Arabic article tokens (al, el, ar, as, ash, ad, an, at, az, ez, es, ed, ul) are dropped,
///     also when glued to a doubled consonant ("Ezzor" = "ez-Zor");
///   * q = k, kh = h, dh = z, ph = f, ou = u, ee = i; doubled letters count once;
///   * every run of vowels (a e i o u y, and w after a vowel) is one "a", so Deir/Dayr/Dair agree
///     while the vowel's presence still separates "Rick" from "Raqqa";
///   * a final h after a vowel goes ("-ah" = "-a").
/// </summary>
public static class NameKeys
{
    private static readonly HashSet<string> Articles =
        ["al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ez", "es", "ed", "ul", "er", "ed", "et", "ech", "adh", "ath"];

    public static string Key(string folded)
    {
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (tokens.Length > 1 && Articles.Contains(token)) continue;
            if (i > 0 && token.Length > 4 && (token[0] is 'a' or 'e') && token[1] == token[2] && !IsVowel(token[1]))
                token = token[2..];                        // "ezzor" → "zor", "ashsham" → "sham"
            if (sb.Length > 0) sb.Append(' ');
            AppendSkeleton(sb, token);
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void AppendSkeleton(StringBuilder sb, string token)
    {
        var s = token.Replace("kh", "h").Replace("dh", "z").Replace("ph", "f").Replace("q", "k")
                     .Replace("ck", "k").Replace("ou", "u").Replace("ee", "i");
        var start = sb.Length;
        var inVowels = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var vowel = IsVowel(c) || (c == 'w' && inVowels);
            if (vowel)
            {
                if (!inVowels) sb.Append('a');
                inVowels = true;
                continue;
            }
            if (c == 'h' && inVowels && i == s.Length - 1) break;  // "-ah" = "-a"
            inVowels = false;
            if (sb.Length > start && sb[^1] == c) continue;         // doubled consonant
            sb.Append(c);
        }
    }
}
