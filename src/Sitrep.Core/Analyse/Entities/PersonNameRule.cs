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
