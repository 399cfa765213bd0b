using System.Globalization;

namespace Sitrep.Knowledge;

/// <summary>
/// Reads data/places-curated.tsv: name, aliases (|-separated), feature class, feature code, country,
/// lat, lon, geonameid, population, note, admin1. A row whose GeoNames id is already in the gazetteer only
/// adds its names (exonyms and spellings) to that place; other rows are places of their own
/// (regions, rivers, air bases the cities table lacks).
/// </summary>
public static class CuratedPlacesReader
{
    public static int Read(TextReader reader, Action<PlaceRecord> add)
    {
        var count = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("name\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 7) continue;
            if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
                !double.TryParse(f[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
                continue;
            long? id = f.Length > 7 && long.TryParse(f[7], NumberStyles.None, CultureInfo.InvariantCulture, out var gid) ? gid : null;
            long population = f.Length > 8 && long.TryParse(f[8], NumberStyles.None, CultureInfo.InvariantCulture, out var pop) ? pop : 0;
            var aliases = f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var admin1 = f.Length > 10 ? f[10].Trim() : "";
            add(new PlaceRecord(id, f[0].Trim(), aliases, lat, lon, f[2].Length > 0 ? f[2][0] : 'L', f[3], f[4], admin1, population, Curated: true));
            count++;
        }
        return count;
    }
}
