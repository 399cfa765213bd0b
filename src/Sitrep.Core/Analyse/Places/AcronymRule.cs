using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "the Neighborhood Improvement Coordination Effort, or NICE", "the Passing out Parade (PoP)": a word in capitals that
/// the story spells out as the initials of a name is that name's acronym in every mention, not the town folding makes
/// of it (LGL: "NICE" pinned at Nice four times; GeoWebNews: "PoP" at Pop, Uzbekistan). Acronyms the gazetteer
/// lists for a country or a region ("Democratic Republic of the Congo (DRC)", "New South Wales (NSW)") stay places.
/// </summary>
public static class AcronymRule
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "on", "in", "to", "&" };

    public static HashSet<int> Acronyms(IReadOnlyList<EntityMention> entities, string? body, Gazetteer gazetteer)
    {
        var result = new HashSet<int>();
        if (body is null) return result;
        Dictionary<string, bool>? known = null;
        for (var k = 0; k < entities.Count; k++)
        {
            var text = entities[k].Text;
            if (entities[k].Type is not ("GPE" or "LOC") || !LooksLikeAnAcronym(text) || NamesARegion(gazetteer, text)) continue;
            known ??= new(StringComparer.Ordinal);
            if (!known.TryGetValue(text, out var spelled)) known[text] = spelled = SpelledOut(body, text);
            if (spelled) result.Add(k);
        }
        return result;
    }

    private static bool NamesARegion(Gazetteer gazetteer, string text)
    {
        foreach (var i in gazetteer.Lookup(text))
            if (gazetteer[i] is var p && (p.Curated || p.FeatureClass is 'A' or 'L')) return true;
        return false;
    }

    /// <summary>Two to six letters, at least two of them capitals and the first a capital ("NICE", "PoP", "HAPs").</summary>
    private static bool LooksLikeAnAcronym(string text) =>
        text.Length is >= 2 and <= 6 && char.IsUpper(text[0]) && text.All(char.IsLetter) && text.Count(char.IsUpper) >= 2;

    /// <summary>Whether "(X)" or ", or X" follows words whose initials spell X.</summary>
    private static bool SpelledOut(string body, string acronym)
    {
        var letters = acronym.EndsWith('s') && char.IsUpper(acronym[^2]) ? acronym[..^1] : acronym;
        foreach (var marker in new[] { " (" + acronym + ")", ", or " + acronym })
        {
            for (var at = body.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = body.IndexOf(marker, at + 1, StringComparison.Ordinal))
                if (InitialsBefore(body, at, letters.Length, skipSmall: true).Equals(letters, StringComparison.OrdinalIgnoreCase)
                    || InitialsBefore(body, at, letters.Length, skipSmall: false).Equals(letters, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static string InitialsBefore(string body, int end, int count, bool skipSmall)
    {
        var initials = new char[count];
        var n = 0;
        var i = end;
        while (n < count && i > 0)
        {
            while (i > 0 && !char.IsLetter(body[i - 1])) { if (body[i - 1] is '.' or '\n') return ""; i--; }
            var wordEnd = i;
            while (i > 0 && (char.IsLetter(body[i - 1]) || body[i - 1] is '-' or '\'')) i--;
            var word = body[i..wordEnd];
            if (word.Length == 0) break;
            if (skipSmall && SmallWords.Contains(word)) continue;
            initials[count - 1 - n++] = word[0];
        }
        return n == count ? new string(initials) : "";
    }
}
