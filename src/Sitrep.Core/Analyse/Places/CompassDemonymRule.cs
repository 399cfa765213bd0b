using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "North American Free Trade Agreement", "Central American migrants", "Latin American history", "West African
/// states": a compass word before a demonym makes it the region's adjective, not the country's. The rule moves
/// the demonym's pin from the country ("American": the United States) to the region the two words name
/// ("North America", "Central America", "Latin America", "West Africa"), when the gazetteer knows that region.
/// Why: GeoWebNews annotates these adjectives at the region; pinned at the United States they were 700 to
/// 7,000 km off.
/// </summary>
public static class CompassDemonymRule
{
    private static readonly HashSet<string> CompassWords =
        ["North", "South", "East", "West", "Central", "Latin", "Southeast", "Northeast", "Eastern", "Western", "Northern", "Southern"];

    public static void Apply(string body, List<PlaceMention> places, Gazetteer gazetteer)
    {
        for (var k = 0; k < places.Count; k++)
        {
            var p = places[k];
            if (p.Kind != "country" || !gazetteer.IsDemonym(NameFolding.Fold(p.Text))) continue;
            if (CompassBefore(body, p.Span.Start) is not { } compass) continue;
            if (Region(gazetteer, compass, p.Text) is not { } region) continue;
            places[k] = p with
            {
                Name = region.Name, Country = region.Country.Length == 2 ? region.Country : null,
                Lat = Math.Round(region.Lat, 4), Lon = Math.Round(region.Lon, 4), GeonameId = region.GeonameId, Kind = region.Kind,
            };
        }
    }

    private static string? CompassBefore(string body, int start)
    {
        if (start < 2 || body[start - 1] != ' ') return null;
        var i = start - 2;
        while (i >= 0 && char.IsLetter(body[i])) i--;
        var word = body[(i + 1)..(start - 1)];
        return CompassWords.Contains(word) ? word : null;
    }

    /// <summary>"North" + "American" → "North America"; "Eastern" + "European" → "Eastern Europe".</summary>
    private static GazetteerPlace? Region(Gazetteer gazetteer, string compass, string demonym)
    {
        var word = demonym.EndsWith('s') ? demonym[..^1] : demonym;
        foreach (var stem in new[] { word[..^1], word[..^2] + "e", word[..^1] + "a" })
            foreach (var i in gazetteer.Lookup(compass + " " + stem))
                if (gazetteer[i] is { FeatureClass: 'L' or 'A' } place) return place;
        return null;
    }
}
