namespace Sitrep.Analyse.Entities;

/// <summary>
/// Whether a detected "person" really opens with a name. A capitalised common word before a town's name
/// ("Two Richmond officers", "Missing Lancaster mother", "Generation Charleston") reads like a given name
/// and a surname, but the page writes that word in lower case elsewhere ("two", "missing"): such a phrase
/// must not turn the story's other mentions of the town into that "person" (LGL lost Richmond, Lancaster
/// and Charleston, West Virginia, that way).
/// </summary>
public static class PersonNameRule
{
    /// <summary>False when every word of <paramref name="person"/> before its last is a word the text also
    /// writes in lower case ("Two Richmond"); "Actress Roseanne Barr" has "Roseanne", so it opens with a name.</summary>
    public static bool OpensWithAName(string text, string person)
    {
        var words = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return true;
        for (var w = 0; w < words.Length - 1; w++)
        {
            var word = words[w];
            if (!char.IsUpper(word[0])) continue;
            if (!WrittenInLowerCase(text, word.ToLowerInvariant())) return true;
        }
        return false;
    }

    /// <summary>
    /// Rule "common words are no person": "Human Rights", "Armed Conflict Location", "Terrorist Attacks" — a headline's or
    /// a name's capitalised common words read as a given name and a surname (FA-KES: 7 "Human Rights" persons, and a
    /// dozen headline fragments). When the page writes every word of the "person" in lower case too and none is a
    /// given name, it is retyped OTHER. "Mark Toner" keeps "Mark" (a given name); "Rose Gottemoeller" keeps "Gottemoeller".
    /// </summary>
    public static List<Mention> RetypeCommonWords(string text, List<Mention> mentions, Func<string, bool> isFirstName)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != "PERSON" || m.Kb is not null) continue;
            var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words.Length > 4) continue;
            var common = true;
            foreach (var word in words)
                if (!char.IsUpper(word[0]) || isFirstName(word) || !WrittenInLowerCase(text, word.ToLowerInvariant())) { common = false; break; }
            if (common) mentions[i] = m with { Type = "OTHER" };
        }
        return mentions;
    }

    private static bool WrittenInLowerCase(string text, string lower)
    {
        var from = 0;
        while ((from = text.IndexOf(lower, from, StringComparison.Ordinal)) >= 0)
        {
            var end = from + lower.Length;
            if ((from == 0 || !char.IsLetter(text[from - 1])) && (end >= text.Length || !char.IsLetter(text[end]))) return true;
            from = end;
        }
        return false;
    }
}
