using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "Paris and Henry County", "Roxton and Lamar County", "Cornwall, Sharon and Salisbury": two ambiguous local
/// names of one story that each have a reading a few dozen km from a reading of the other, in the same state,
/// are those two readings. There are twenty Parises and ten Henry Counties, but only in Tennessee is a Paris the
/// seat of a Henry County; the story's other names pick the pair.
/// Fixes LGL's biggest miss: the coherence pass (<see cref="PlaceResolver"/>) compares each name with the
/// others' current readings only, so when both start wrong (Paris, France and Henry County, Illinois: priors
/// by population, and counties carry none) neither ever moves. This rule compares every reading with every
/// reading of the other names, cheaply, through a grid of half-degree cells.
/// </summary>
internal static class PairedReadings
{
    /// <summary>How many other names support a reading, and whether one of them is a county's: "Walker County"
    /// next to "Huntsville" is the county-seat pair of Texas, strong enough to move even a big city's name.</summary>
    public readonly record struct Pairing(int Supporters, bool ByCounty);

    /// <summary>Two readings this close (km), in one first-level region, support each other.</summary>
    public const double PairKm = 40;
    private const double Cell = 0.5;   // degrees: a cell and its 8 neighbours cover every point within 40 km (lat < 60°)

    /// <summary>For each toponym (by position) and gazetteer index of a local reading: the number of other
    /// toponyms (by folded surface) that have a local reading within <see cref="PairKm"/> in the same region.
    /// Only readings <paramref name="canSupport"/> admits support: a reading nearly as likely as its name's best
    /// (any of ten Henry Counties; not Washington, Pennsylvania next to Washington, D.C.). Otherwise "California"
    /// and "Washington" in one story would be the two Pennsylvania towns.</summary>
    public static Dictionary<(int Toponym, int Place), Pairing> Support(Gazetteer gazetteer, IReadOnlyList<PlaceResolver.Candidates> toponyms,
        Func<int[], IEnumerable<int>> candidatesOf, Func<int, int, bool> canSupport)
    {
        var result = new Dictionary<(int, int), Pairing>();
        if (toponyms.Count < 2) return result;
        var surfaces = new string[toponyms.Count];
        var grid = new Dictionary<(int, int), List<(int Toponym, int Place)>>();
        for (var k = 0; k < toponyms.Count; k++)
        {
            surfaces[k] = NameFolding.Fold(toponyms[k].Surface);
            foreach (var idx in candidatesOf(toponyms[k].Places))
            {
                var p = gazetteer[idx];
                if (!IsLocal(p)) continue;
                var cell = CellOf(p.Lat, p.Lon);
                if (!grid.TryGetValue(cell, out var list)) grid[cell] = list = [];
                list.Add((k, idx));
            }
        }
        if (grid.Count == 0) return result;
        var supporters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (cell, members) in grid)
            foreach (var (k, idx) in members)
            {
                var p = gazetteer[idx];
                supporters.Clear();
                var byCounty = false;
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        if (!grid.TryGetValue((cell.Item1 + dy, cell.Item2 + dx), out var near)) continue;
                        foreach (var (j, other) in near)
                        {
                            if (j == k || surfaces[j] == surfaces[k] || supporters.Contains(surfaces[j]) || !canSupport(j, other)) continue;
                            var q = gazetteer[other];
                            if (q.Country != p.Country || q.Admin1 != p.Admin1) continue;
                            if (GeoDistance.Km(p.Lat, p.Lon, q.Lat, q.Lon) > PairKm) continue;
                            supporters.Add(surfaces[j]);
                            byCounty |= q.FeatureCode == "ADM2";
                        }
                    }
                if (supporters.Count > 0) result[(k, idx)] = new Pairing(supporters.Count, byCounty);
            }
        return result;
    }

    /// <summary>Towns and counties: the readings local news pairs. Countries and regions are no neighbours.</summary>
    private static bool IsLocal(GazetteerPlace p) => p.IsTownOrCounty;

    private static (int, int) CellOf(double lat, double lon) => ((int)Math.Floor(lat / Cell), (int)Math.Floor(lon / Cell));
}
