namespace Sitrep.Knowledge;

/// <summary>Distances between gazetteer points, shared by the resolver (neighbours, pairings) and the evaluation (161 km hits).</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371;   // mean radius, as the geocoding literature's 161 km metric uses

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
