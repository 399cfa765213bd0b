using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "Trade between the United States and China", "Russia and China", "China, Japan and Korea": a name
/// listed with a country is a country too. The rule keeps only the country reading of such a name, for
/// every mention of it in the story (one sense per story).
///
/// Why: countries carry no population in the bundled gazetteer, so a story whose other places are all in one
/// US state could pull "China" to China, Texas (GeoWebNews: a US-China trade story with one "Houston, Texas"
/// lost all ten of its "China" mentions). Local cues ("China police", "of China") still make a town of it
/// in a story that never lists it with a country.
/// </summary>
public static class CountryListRule
{
    public static void Apply(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms,
        List<int> positions, Gazetteer gazetteer)
    {
        HashSet<string>? countries = null;
        for (var k = 0; k < toponyms.Count; k++)
        {
            if (!HasCountryAndMore(toponyms[k], gazetteer)) continue;
            var span = entities[positions[k]].Span;
            if (ListedWithCountry(body, entities, toponyms, positions, k, span, gazetteer))
                (countries ??= new(StringComparer.OrdinalIgnoreCase)).Add(toponyms[k].Surface);
        }
        if (countries is null) return;
        for (var k = 0; k < toponyms.Count; k++)
        {
            if (!countries.Contains(toponyms[k].Surface)) continue;
            var only = toponyms[k].Places.Where(i => gazetteer[i].IsCountry).ToArray();
            if (only.Length > 0) toponyms[k] = toponyms[k] with { Places = only };
        }
    }

    private static bool HasCountryAndMore(PlaceResolver.Candidates t, Gazetteer gazetteer)
    {
        var country = false;
        var other = false;
        foreach (var i in t.Places)
            if (gazetteer[i].IsCountry) country = true; else other = true;
        return country && other;
    }

    /// <summary>Whether the toponym before or after this one, joined by "and", "or" or a comma, names only countries.</summary>
    private static bool ListedWithCountry(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms,
        List<int> positions, int k, TextSpan span, Gazetteer gazetteer)
    {
        if (k > 0 && OnlyCountries(toponyms[k - 1], gazetteer) && Joins(body, entities[positions[k - 1]].Span.End, span.Start)) return true;
        return k + 1 < toponyms.Count && OnlyCountries(toponyms[k + 1], gazetteer) && Joins(body, span.End, entities[positions[k + 1]].Span.Start);
    }

    private static bool OnlyCountries(PlaceResolver.Candidates t, Gazetteer gazetteer) =>
        t.Places.Length > 0 && t.Places.All(i => gazetteer[i].IsCountry);

    private static bool Joins(string body, int from, int to)
    {
        if (to <= from || to - from > 6) return false;
        var gap = body.AsSpan(from, to - from).Trim();
        return gap is "and" or "or" or "," or "and the" or ", and" or "&";
    }
}
