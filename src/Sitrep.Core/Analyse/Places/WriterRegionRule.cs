using Sitrep.Documents;
using Sitrep.Knowledge;
using static Sitrep.Analyse.Places.ToponymReadings;

namespace Sitrep.Analyse.Places;

/// <summary>
/// The region the writer puts a town in, when the town itself needs no help: "Tacoma, Washington" names
/// Washington State, "Washington, D.C." names the capital.
///
/// Why: the container rule of <see cref="PlaceStage"/> narrows a region after a comma only when the town before it
/// is ambiguous, so in "Celebrity Cake Studio in Tacoma, Washington" (one Tacoma) the bare "Washington" went to
/// the capital; and "D.C." is seldom a toponym of its own, so "sold in 44 states, Washington, D.C., and ..." went
/// to Washington State (GeoWebNews: both kinds were misses).
/// </summary>
public static class WriterRegionRule
{
    public static void Apply(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms, List<int> positions, Gazetteer gazetteer)
    {
        for (var k = 0; k < toponyms.Count; k++)
        {
            var span = entities[positions[k]].Span;
            if (DistrictFollows(body, span.End)) Keep(toponyms, k, i => gazetteer[i] is { Country: "US", Admin1: "DC" });
            if (k + 1 < toponyms.Count && LocatedIn(body, span.End, entities[positions[k + 1]].Span.Start))
            {
                // "Crawford County located in Pennsylvania", "Ontario in Canada": the writer's container, in words instead of a comma
                // (GeoVirus: Crawford County, Ohio and Ontario, California).
                var regions = toponyms[k + 1].Places.Select(i => gazetteer[i]).Where(r => r.IsAdmin1 || r.IsCountry).ToList();
                if (regions.Count > 0)
                    Keep(toponyms, k, i => gazetteer[i] is var p && !p.IsCountry && regions.Any(r => r.Country == p.Country && (r.IsCountry || r.Admin1 == p.Admin1)));
            }
            if (k == 0) continue;
            // "Tacoma, Washington": the town before the comma lies in one first-level region; the region keeps the readings that hold it.
            var town = entities[positions[k - 1]].Span;
            var gap = span.Start - town.End;
            if (gap is < 1 or > 3 || body.AsSpan(town.End, gap).Trim() is not ",") continue;
            var townPlaces = toponyms[k - 1].Places;
            if (townPlaces.Length == 0 || townPlaces.Any(i => gazetteer[i].FeatureClass != 'P')) continue;
            var region = gazetteer[townPlaces[0]];
            if (region.Admin1.Length == 0 || townPlaces.Any(i => gazetteer[i].Country != region.Country || gazetteer[i].Admin1 != region.Admin1)) continue;
            Keep(toponyms, k, i => gazetteer[i] is { IsAdmin1: true } a && a.Country == region.Country && a.Admin1 == region.Admin1);
        }
    }

    /// <summary>" in ", " located in " or ", which is in " between two names ("Mississauga, Ontario in Canada").</summary>
    private static bool LocatedIn(string body, int end, int next)
    {
        if (next <= end || next - end > 16) return false;
        var gap = body.AsSpan(end, next - end).Trim().TrimStart(',').Trim();
        return gap is "located in" or "which is in" or "in";
    }

    /// <summary>", D.C." or " D.C." (also "DC") right after the name.</summary>
    private static bool DistrictFollows(string body, int end)
    {
        var i = end;
        if (i < body.Length && body[i] == ',') i++;
        if (i >= body.Length || body[i] != ' ') return false;
        i++;
        var rest = body.AsSpan(i, Math.Min(5, body.Length - i));
        if (rest.StartsWith("D.C.")) return true;
        return rest.StartsWith("DC") && (rest.Length == 2 || !char.IsLetterOrDigit(rest[2]));
    }
}
