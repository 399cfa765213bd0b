namespace Sitrep.Knowledge;

/// <summary>One place as a gazetteer source gives it, before it is packed into <see cref="Gazetteer"/>.</summary>
public sealed record PlaceRecord(
    long? GeonameId, string Name, IReadOnlyList<string> AltNames,
    double Lat, double Lon, char FeatureClass, string FeatureCode,
    string Country, string Admin1, long Population, bool Curated = false);

/// <summary>A place read back from the gazetteer.</summary>
public readonly record struct GazetteerPlace(
    int Index, long? GeonameId, string Name, double Lat, double Lon,
    char FeatureClass, string FeatureCode, string Country, string Admin1, long Population, bool Curated)
{
    /// <summary>The contract's <c>kind</c>: city|admin|country|region|feature.</summary>
    public string Kind => FeatureClass switch
    {
        'P' => "city",
        'A' when FeatureCode.StartsWith("PCL", StringComparison.Ordinal) => "country",
        'A' => "admin",
        'L' when FeatureCode is "RGN" or "CONT" or "AREA" or "RGNE" => "region",
        _ => "feature",
    };

    public bool IsCountry => FeatureClass == 'A' && FeatureCode.StartsWith("PCL", StringComparison.Ordinal);
    public bool IsAdmin1 => FeatureClass == 'A' && FeatureCode == "ADM1";

    /// <summary>A town or a county (second-level division): the local readings a story's own region decides between.</summary>
    public bool IsTownOrCounty => FeatureClass == 'P' || FeatureCode == "ADM2";
}
