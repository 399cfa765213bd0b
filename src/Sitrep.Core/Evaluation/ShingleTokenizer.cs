using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// The Article Extraction Benchmark's tokenisation (scrapinghub/article-extraction-benchmark, evaluate.py):
/// tokens are the maximal runs matched by Python's <c>re.compile(r'\w+', re.UNICODE)</c>, lower-cased
/// (the data README: "lower-cased word 4-shingles").
/// Python's <c>\w</c> in Unicode mode is "any character for which str.isalnum() is true, plus '_'":
/// letters (Lu, Ll, Lt, Lm, Lo) and numbers (Nd, Nl, No). Unlike .NET's <c>\w</c> it does NOT include
/// combining marks (Mn, Mc) or connector punctuation other than '_', so we test categories by hand
/// instead of using a .NET regex, and walk runes so astral-plane letters count as one character.
/// </summary>
public static class ShingleTokenizer
{
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            if (current.Length > 0) { tokens.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    internal static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_') return true;
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return false;
        }
    }
}
