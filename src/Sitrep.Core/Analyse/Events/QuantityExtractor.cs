using Sitrep.Documents;

namespace Sitrep.Analyse.Events;

/// <summary>
/// The figures of a sentence with their units and kinds: "more than 80 terrorists" (killed, approx "more than"),
/// "36 cars, eight fuel trucks and 17 pickup trucks" (three quantities, destroyed), "85% of the country" (percentage),
/// "$7 billion" (money), "3,000 Russian volunteers" (participants).
/// A number counts only with a unit we know (a person, object or place noun within three words, a percent sign, a
/// currency): "140 km", "May 25" and "1979" are not figures of an event.
/// What happened to the counted things comes from the nearest kind word after them ("were killed") or else before
/// them ("killing 6 civilians"); a list joined by commas and "and" shares one kind word.
/// </summary>
public static class QuantityExtractor
{
    private static readonly string[][] Approximators =
    [
        ["more", "than"], ["over"], ["at", "least"], ["nearly"], ["almost"], ["about"], ["around"], ["some"], ["up", "to"],
        ["approximately"], ["roughly"], ["less", "than"], ["fewer", "than"], ["an", "estimated"], ["estimated"], ["as", "many", "as"],
        ["close", "to"], ["upwards", "of"], ["dozens"], ["hundreds"], ["thousands"], ["tens"], ["scores"], ["several"],
    ];

    private sealed record Found(int First, int Last, int UnitLast, ParsedNumber Number, string? Approx, string Unit, string UnitClass, bool Including);

    public static List<Quantity> Extract(string body, Word[] words, FigureLexicon figures)
    {
        var found = new List<Found>();
        for (var i = 0; i < words.Length; i++)
        {
            var money = i > 0 && body[words[i].Start - 1] is '$' or '€' or '£';
            if (NumberWords.Parse(words, i) is not { } n) continue;
            if (IsDateNumber(body, words, i)) { i += n.Words - 1; continue; }
            var after = i + n.Words;
            var approx = n.Vague ?? ApproxBefore(words, i);
            string unit; string cls; int unitLast;
            var end = words[after - 1].End;
            if (end < body.Length && body[end] == '%' || (after < words.Length && figures.ClassOf(words[after].Lower) == "percent"))
            {
                unit = "%"; cls = "percent"; unitLast = after < words.Length && words[after].Lower is "percent" or "per" ? after + (words[after].Lower == "per" ? 1 : 0) : after - 1;
            }
            else if (money || (after < words.Length && figures.ClassOf(words[after].Lower) == "money"))
            {
                unit = money ? body[words[i].Start - 1].ToString() : words[after].Lower;
                cls = "money"; unitLast = money ? after - 1 : after;
            }
            else if (FindUnit(words, after, figures) is { } u)
            {
                unitLast = u;
                cls = figures.ClassOf(words[u].Lower)!;
                unit = body[words[after].Start..words[u].End];
            }
            else if (BareCasualtyCount(words, i, after, figures))
            {
                // "killing six", "another 3 were injured": a count of people the verb itself names.
                unit = ""; cls = "person"; unitLast = after - 1;
            }
            else { i += n.Words - 1; continue; }
            var including = i > 0 && words[i - 1].Lower is "including" || (i > 1 && words[i - 2].Lower == "including");
            found.Add(new Found(i - (approx is not null && n.Vague is null ? ApproxLength(words, i) : 0), after - 1, unitLast, n, approx, unit, cls, including));
            i = unitLast;
        }
        var result = new List<Quantity>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var listEnd = k;
            while (listEnd + 1 < found.Count && IsListGap(body, words, found[listEnd].UnitLast, found[listEnd + 1].First)) listEnd++;
            var listStart = k;
            while (listStart > 0 && IsListGap(body, words, found[listStart - 1].UnitLast, found[listStart].First)) listStart--;
            var verb = VerbAfter(body, words, found[listEnd].UnitLast, figures) ?? VerbBefore(words, found[listStart].First, figures);
            var f = found[k];
            var kind = Kind(f.UnitClass, verb, f.Unit);
            var textEnd = words[Math.Max(f.UnitLast, f.Last)].End;
            if (f.UnitClass == "percent" && textEnd < body.Length && body[textEnd] == '%') textEnd++;
            var text = body[words[f.First].Start..textEnd];
            result.Add(new Quantity(f.Number.Value, f.Approx, f.Unit.Length == 0 ? null : f.Unit, kind, f.Number.Max, f.Including ? "including " + text : text));
        }
        return result;
    }

    /// <summary>A number with no noun, right after a casualty verb ("killing six") or right before one ("3 were injured", "six dead").</summary>
    private static bool BareCasualtyCount(Word[] words, int first, int after, FigureLexicon figures)
    {
        static bool Casualty(string? c) => c is "killed" or "wounded";
        if (first > 0 && Casualty(figures.ClassOf(words[first - 1].Lower)) && words[first - 1].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        if (after < words.Length && Casualty(figures.ClassOf(words[after].Lower))) return true;
        return after + 1 < words.Length && words[after].Lower is "were" or "was" or "are" && Casualty(figures.ClassOf(words[after + 1].Lower));
    }

    private static string Kind(string unitClass, string? verb, string unit) => unitClass switch
    {
        "percent" => "percentage",
        "money" => "money",
        "person" => verb switch { "killed" or "lost" => "killed", "wounded" => "wounded", "captured" => "captured", "displaced" => "displaced", "joined" => "participants", _ => "other" },
        "participants" => verb switch { "killed" or "lost" => "killed", "wounded" => "wounded", "captured" => "captured", _ => "participants" },
        "object" => verb switch { "destroyed" or "lost" or "killed" => "destroyed", "captured" => "captured", _ => "other" },
        "place" => verb switch { "captured" => "captured", "destroyed" => "destroyed", _ => "other" },
        _ => "other",
    };

    /// <summary>The counted noun: a person, object or place word within three words after the number ("eight fuel trucks",
    /// "3,000 Russian volunteers", "dozens of them").</summary>
    private static int? FindUnit(Word[] words, int from, FigureLexicon figures)
    {
        for (var k = from; k < Math.Min(words.Length, from + 4); k++)
        {
            var cls = figures.ClassOf(words[k].Lower);
            if (FigureLexicon.IsNoun(cls))
            {
                while (k + 1 < words.Length && FigureLexicon.IsNoun(figures.ClassOf(words[k + 1].Lower))) k++;   // "pickup trucks"
                return k;
            }
            if (words[k].IsNumber) return null;
        }
        return null;
    }

    private static bool IsListGap(string body, Word[] words, int lastOfPrevious, int firstOfNext)
    {
        if (firstOfNext - lastOfPrevious > 2) return false;
        for (var k = lastOfPrevious + 1; k < firstOfNext; k++) if (words[k].Lower is not ("and" or "plus")) return false;
        var gap = body.AsSpan(words[lastOfPrevious].End, words[firstOfNext].Start - words[lastOfPrevious].End);
        foreach (var c in gap) if (!(char.IsWhiteSpace(c) || c == ',' || char.IsLetter(c))) return false;
        return true;
    }

    /// <summary>A kind word right after the counted things, before the clause ends ("80 people were killed", "…, with heavy
    /// machine guns, were liquidated"): up to eight words, not past a semicolon or another number.</summary>
    private static string? VerbAfter(string body, Word[] words, int unitLast, FigureLexicon figures)
    {
        for (var k = unitLast + 1; k < Math.Min(words.Length, unitLast + 9); k++)
        {
            if (body.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(";:") >= 0) return null;
            if (words[k].IsNumber || NumberWords.Vague.ContainsKey(words[k].Lower)) return null;
            var cls = figures.ClassOf(words[k].Lower);
            if (cls is "killed" or "wounded" or "lost" or "destroyed" or "captured" or "displaced" or "joined") return cls;
        }
        return null;
    }

    /// <summary>The nearest kind word before the figure in the sentence ("killing 6 civilians", "The IS lost more than 80 terrorists").</summary>
    private static string? VerbBefore(Word[] words, int first, FigureLexicon figures)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            var cls = figures.ClassOf(words[k].Lower);
            if (cls is "killed" or "wounded" or "lost" or "destroyed" or "captured" or "displaced" or "joined") return cls;
        }
        return null;
    }

    private static string? ApproxBefore(Word[] words, int i)
    {
        foreach (var a in Approximators)
        {
            if (i - a.Length < 0) continue;
            var ok = true;
            for (var k = 0; k < a.Length; k++) if (words[i - a.Length + k].Lower != a[k]) { ok = false; break; }
            if (ok) return string.Join(' ', a);
        }
        return null;
    }

    private static int ApproxLength(Word[] words, int i) => ApproxBefore(words, i)?.Count(c => c == ' ') + 1 ?? 0;

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>"May 25", "25 May", "2017": parts of a date, not counts.</summary>
    private static bool IsDateNumber(string body, Word[] words, int i)
    {
        if (!words[i].IsNumber) return false;
        if (i > 0 && Months.Contains(words[i - 1].Lower)) return true;
        if (i + 1 < words.Length && Months.Contains(words[i + 1].Lower)) return true;
        var end = words[i].End;
        return end < body.Length && body[end] == ':';
    }
}
