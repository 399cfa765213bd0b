using System.Globalization;

namespace Sitrep.Knowledge;

/// <summary>
/// Reads data/country-points.tsv: country (ISO2), lat, lon, note. A country's pin is a convention, not a
/// fact of the ground: the bundled points (world-countries) put Japan at 36,138 and the Democratic Republic
/// of the Congo on the equator, where GeoNames, which most geoparsers and their gold standards use, puts
/// Tokyo and 2.5°S. The table moves those countries to the reference point.
/// </summary>
public static class CountryPointsReader
{
    public static Dictionary<string, (double Lat, double Lon)> Read(TextReader reader)
    {
        var points = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("country\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 3 || f[0].Length != 2) continue;
            if (double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) &&
                double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) &&
                lat is >= -90 and <= 90 && lon is >= -180 and <= 180)
                points[f[0]] = (lat, lon);
        }
        return points;
    }
}
