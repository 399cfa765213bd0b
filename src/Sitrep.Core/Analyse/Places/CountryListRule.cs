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
    // The same holds one level down: "states such as California or Washington" lists states, so Washington is
    // the state, not the capital (GeoWebNews: pinned at Washington, D.C., 3,600 km off). But only that mention: the
    // same story's "officials in Washington" is the capital, so a state keeps no one sense per story.
    public static void Apply(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms,
        List<int> positions, Gazetteer gazetteer)
    {
        Keep(body, entities, toponyms, positions, gazetteer, p => p.IsCountry, everyMention: true);
        Keep(body, entities, toponyms, positions, gazetteer, p => p.IsAdmin1, everyMention: false);
    }

    private static void Keep(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms,
        List<int> positions, Gazetteer gazetteer, Func<GazetteerPlace, bool> level, bool everyMention)
    {
        HashSet<string>? listed = null;
        var listedAt = new HashSet<int>();
        for (var k = 0; k < toponyms.Count; k++)
        {
            if (!HasLevelAndMore(toponyms[k], gazetteer, level)) continue;
            var span = entities[positions[k]].Span;
            if (ListedWith(body, entities, toponyms, positions, k, span, gazetteer, level))
            {
                (listed ??= new(StringComparer.OrdinalIgnoreCase)).Add(toponyms[k].Surface);
                listedAt.Add(k);
            }
        }
        if (listed is null) return;
        for (var k = 0; k < toponyms.Count; k++)
        {
            if (everyMention ? !listed.Contains(toponyms[k].Surface) : !listedAt.Contains(k)) continue;
            var only = toponyms[k].Places.Where(i => level(gazetteer[i])).ToArray();
            if (only.Length > 0) toponyms[k] = toponyms[k] with { Places = only };
        }
    }

    private static bool HasLevelAndMore(PlaceResolver.Candidates t, Gazetteer gazetteer, Func<GazetteerPlace, bool> level)
    {
        var yes = false;
        var other = false;
        foreach (var i in t.Places)
            if (level(gazetteer[i])) yes = true; else other = true;
        return yes && other;
    }

    /// <summary>Whether the toponym before or after this one, joined by "and", "or" or a comma, names only places of the level.</summary>
    private static bool ListedWith(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms,
        List<int> positions, int k, TextSpan span, Gazetteer gazetteer, Func<GazetteerPlace, bool> level)
    {
        if (k > 0 && Only(toponyms[k - 1], gazetteer, level) && Joins(body, entities[positions[k - 1]].Span.End, span.Start)) return true;
        return k + 1 < toponyms.Count && Only(toponyms[k + 1], gazetteer, level) && Joins(body, span.End, entities[positions[k + 1]].Span.Start);
    }

    /// <summary>A neighbour that can only be a country; or one that can be a state and cannot be a country
    /// ("California" is also a town in Maryland, but never a country).</summary>
    private static bool Only(PlaceResolver.Candidates t, Gazetteer gazetteer, Func<GazetteerPlace, bool> level) =>
        t.Places.Length > 0 && (t.Places.All(i => level(gazetteer[i]))
                                || t.Places.Any(i => gazetteer[i].IsAdmin1 && level(gazetteer[i])) && !t.Places.Any(i => gazetteer[i].IsCountry));

    private static bool Joins(string body, int from, int to)
    {
        if (to <= from || to - from > 6) return false;
        var gap = body.AsSpan(from, to - from).Trim();
        return gap is "and" or "or" or "," or "and the" or ", and" or "&";
    }
}
