using Sitrep.Documents;
using Sitrep.Knowledge;
using static Sitrep.Analyse.Places.ToponymReadings;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "The Belk Foundation ... the Belk stores ... Belk opened a new store", "Lipscomb University ... 300 Lipscomb students":
/// when a story names a body, a school or a firm after a word and never puts anything in a town of that word (no "in",
/// "of" or "near" before it, no state after its comma, no "police" or "residents" after it), the word alone is that
/// body, not the small town GeoNames lists by it (LGL: Belk, Poland; Lipscomb, Texas; Bruton, England). Countries, regions
/// and cities of 100,000 or more are left alone: "the Dallas Cowboys" does not make Dallas a team.
/// </summary>
public static class BodyNamesakeRule
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "from", "at", "near", "to", "outside", "across", "around", "into", "toward", "towards", "through", "downtown",
    };

    /// <summary>
    /// Heads of the names of firms, foundations, universities and venues, which a founder's or an owner's name opens
    /// ("Belk Foundation", "Lipscomb University", "Webster Theatre"). Not the heads of a town's own bodies ("Hopkinton
    /// Police Department", "DeKalb City Council") nor of schools ("Middletown High School"), which are in the town.
    /// </summary>
    private static readonly HashSet<string> BodyHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Foundation", "University", "Theatre", "Theater", "Inc", "Corp", "Corporation", "Company", "Co", "LLC", "Ltd",
        "Stores", "Motors", "Airlines", "Records", "Brothers", "Bros", "Associates", "Partners", "Holdings", "Industries",
    };

    private static readonly HashSet<string> LocalNouns = new(StringComparer.Ordinal)
    {
        "police", "residents", "resident", "native", "natives", "man", "woman", "men", "women", "boy", "girl", "teen", "city",
        "county", "area", "mayor", "council", "township", "village", "town", "neighborhood", "neighbourhood", "officials",
    };

    public static HashSet<int> Bodies(IReadOnlyList<EntityMention> entities, string? body, Gazetteer gazetteer)
    {
        var result = new HashSet<int>();
        if (body is null) return result;
        HashSet<string>? named = null;
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Type is not ("ORG" or "FAC") || !e.Text.Contains(' ') || !BodyHeads.Contains(e.Text[(e.Text.LastIndexOf(' ') + 1)..].TrimEnd('.', ','))) continue;
            var first = e.Text[..e.Text.IndexOf(' ')];
            if (first == "The" || first.Length < 3) continue;
            (named ??= new(StringComparer.Ordinal)).Add(first);
        }
        if (named is null) return result;
        var supported = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Type is "GPE" or "LOC" && named.Contains(e.Text) && PlaceSupport(body, entities, k)) supported.Add(e.Text);
        }
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Type is "GPE" or "LOC" && e.Kb is null && named.Contains(e.Text) && !supported.Contains(e.Text) && !StandsAlone(gazetteer, e.Text))
                result.Add(k);
        }
        return result;
    }

    private static bool PlaceSupport(string body, IReadOnlyList<EntityMention> entities, int k)
    {
        var span = entities[k].Span;
        var i = span.Start - 1;
        if (i > 0 && body[i] == ' ')
        {
            var j = i;
            while (j > 0 && char.IsLetter(body[j - 1])) j--;
            if (j < i && PlacePrepositions.Contains(body[j..i])) return true;
        }
        if (k + 1 < entities.Count && entities[k + 1] is { Type: "GPE" } next && CommaBetween(body, span, next.Span)) return true;
        var n = span.End;
        if (n < body.Length && body[n] == ' ')
        {
            var s = ++n;
            while (n < body.Length && char.IsAsciiLetterLower(body[n])) n++;
            if (n > s && LocalNouns.Contains(body[s..n])) return true;
        }
        return false;
    }

    private static bool StandsAlone(Gazetteer gazetteer, string name)
    {
        foreach (var i in gazetteer.Lookup(name))
            if (ToponymReadings.StandsAlone(gazetteer[i])) return true;
        return false;
    }
}
