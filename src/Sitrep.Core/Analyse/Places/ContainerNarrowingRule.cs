using Sitrep.Documents;
using Sitrep.Knowledge;
using static Sitrep.Analyse.Places.ToponymReadings;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "Mississauga, Ontario", "Stroud, Gloucestershire": when the town before the comma has readings in one country only,
/// the region after it is that country's region. The writer's container check narrows the town by the region; it also
/// has to narrow the region by the town when the town is unambiguous (GeoVirus: "Mississauga, Ontario in Canada"
/// pinned at Ontario, California).
/// </summary>
public static class ContainerNarrowingRule
{
    public static void Apply(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms, List<int> positions, Gazetteer gazetteer)
    {
        for (var k = 0; k + 1 < toponyms.Count; k++)
        {
            var a = entities[positions[k]];
            var b = entities[positions[k + 1]];
            if (!CommaBetween(body, a.Span, b.Span)) continue;
            // "Los Angeles, Miami, West Palm Beach, New York, and Detroit": a town inside a list has no container after it.
            if (k > 0 && body.AsSpan(entities[positions[k - 1]].Span.End, Math.Max(0, a.Span.Start - entities[positions[k - 1]].Span.End)).Trim().ToString() == ",") continue;
            var country = OneCountry(toponyms[k].Places, gazetteer);
            if (country is null) continue;
            Keep(toponyms, k + 1, i => gazetteer[i] is var p && p.Country == country && (p.IsCountry || p.FeatureClass == 'A'));
        }
    }

    private static string? OneCountry(int[] places, Gazetteer gazetteer)
    {
        string? country = null;
        foreach (var i in places)
        {
            var c = gazetteer[i].Country;
            if (country is null) country = c;
            else if (c != country) return null;
        }
        return string.IsNullOrEmpty(country) ? null : country;
    }
}
