using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "St. Mary's High School", "in St. Paris", "Saint Helena": mention detection may leave "St." out of a name, so the word
/// after it reads as another place ("Mary" in Turkmenistan, "Paris" in France). After "St." or "Saint" the word is a
/// saint's name: the place is the town named after the saint when the gazetteer has one (St. Paris, Ohio), else none.
/// </summary>
public static class SaintNameRule
{
    private static readonly string[] Prefixes = ["St. ", "St ", "Saint ", "Ste. ", "Sainte ", "ST. ", "SAINT "];

    /// <summary>Whether the mention follows a saint's title; <paramref name="town"/> is the saint's town, if any.</summary>
    public static bool Applies(EntityMention e, string body, Gazetteer gazetteer, out PlaceResolver.Candidates? town)
    {
        town = null;
        foreach (var prefix in Prefixes)
        {
            var start = e.Span.Start - prefix.Length;
            if (start < 0 || !body.AsSpan(start, prefix.Length).SequenceEqual(prefix)) continue;
            if (start > 0 && char.IsLetter(body[start - 1])) continue;
            var places = gazetteer.Lookup(prefix + e.Text);
            if (places.Length > 0) town = new PlaceResolver.Candidates(e.Text, places.ToArray(), false);
            return true;
        }
        return false;
    }
}
