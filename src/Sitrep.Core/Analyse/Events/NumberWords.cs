using System.Globalization;

namespace Sitrep.Analyse.Events;

/// <summary>A number read from words: its value, how many words it took, and the vague-quantity word if any.</summary>
public readonly record struct ParsedNumber(double Value, int Words, string? Vague, double? Max = null);

/// <summary>
/// Reads numbers written in digits ("3,000", "1.5 million") or words ("eight", "twenty-five", "two hundred",
/// "a dozen"), ranges ("10 to 15", "10-15"), and ACLED's conservative readings of vague plurals: "tens" = 10,
/// "dozens" = 12, "scores" = 20, "hundreds" = 100, "thousands" = 1,000 (ACLED codebook, fatality counts).
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };
    private static readonly Dictionary<string, double> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };
    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["mln"] = 1_000_000, ["bn"] = 1_000_000_000,
    };
    /// <summary>Vague plurals, read conservatively ("dozens of" is at least 12).</summary>
    public static readonly Dictionary<string, double> Vague = new(StringComparer.Ordinal)
    {
        ["tens"] = 10, ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1_000, ["millions"] = 1_000_000,
    };

    public static ParsedNumber? Parse(Word[] words, int i)
    {
        if (i >= words.Length) return null;
        var w = words[i].Lower;
        if (Vague.TryGetValue(w, out var vague))
        {
            // "tens of thousands": the larger scale, still conservative.
            if (i + 2 < words.Length && words[i + 1].Lower == "of" && Vague.TryGetValue(words[i + 2].Lower, out var inner))
                return new ParsedNumber(vague * inner, 3, w + " of " + words[i + 2].Lower);
            return new ParsedNumber(vague, 1, w);
        }
        if (w == "dozen" || (w is "a" or "half" && i + 1 < words.Length && words[i + 1].Lower == "dozen"))
            return w == "dozen" ? new ParsedNumber(12, 1, null) : new ParsedNumber(w == "half" ? 6 : 12, 2, null);
        if (w == "a" && i + 2 < words.Length && words[i + 1].Lower == "half" && words[i + 2].Lower == "dozen")
            return new ParsedNumber(6, 3, null);
        var first = ParseSimple(words, i);
        if (first is null) return null;
        var (value, used) = first.Value;
        // "two dozen"
        if (i + used < words.Length && words[i + used].Lower == "dozen") { value *= 12; used++; }
        // Ranges: "10 to 15", "10-15" (the hyphen splits words), "between 10 and 15".
        var j = i + used;
        if (j + 1 < words.Length && words[j].Lower is "to" or "and" && ParseSimple(words, j + 1) is { } upper && upper.Value > value
            && (words[j].Lower == "to" || (i > 0 && words[i - 1].Lower == "between")))
            return new ParsedNumber(value, used + 1 + upper.Used, null, upper.Value);
        return new ParsedNumber(value, used, null);
    }

    /// <summary>A number without range: digits with an optional scale word, or number words.</summary>
    private static (double Value, int Used)? ParseSimple(Word[] words, int i)
    {
        var w = words[i].Lower;
        if (char.IsDigit(w[0]))
        {
            if (!double.TryParse(w.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return null;
            if (i + 1 < words.Length && Scales.TryGetValue(words[i + 1].Lower, out var scale) && scale >= 1000) return (d * scale, 2);
            return (d, 1);
        }
        double total = 0, current = 0;
        var used = 0;
        var any = false;
        for (var k = i; k < words.Length; k++)
        {
            var x = words[k].Lower;
            if (Units.TryGetValue(x, out var u)) { current += u; any = true; }
            else if (Tens.TryGetValue(x, out var t)) { current += t; any = true; }
            else if (any && Scales.TryGetValue(x, out var s))
            {
                if (s == 100) current *= 100;
                else { total += current * s; current = 0; }
            }
            else if (any && x == "and" && k + 1 < words.Length && (Units.ContainsKey(words[k + 1].Lower) || Tens.ContainsKey(words[k + 1].Lower))
                     && k > i && Scales.ContainsKey(words[k - 1].Lower)) { }          // "two hundred and fifty"
            else break;
            used++;
        }
        return any ? (total + current, used) : null;
    }
}
