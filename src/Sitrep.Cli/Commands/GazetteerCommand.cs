using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using Sitrep.Knowledge;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep gazetteer import --geonames FILE [--alternate-names FILE] [--out FILE]</c>: turns a GeoNames
/// dump (allCountries.txt, cities500.txt, plain or .zip/.gz) into the user's gazetteer table, loaded
/// before the bundled one; <c>sitrep gazetteer lookup NAME</c>: the places a name can mean, best first.
/// </summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var command = new Command("gazetteer", "Import a GeoNames dump, or look a place name up.");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Lookup());
        command.Subcommands.Add(Stats());
        return command;
    }

    private static Command Import()
    {
        var geonames = new Option<string>("--geonames") { Description = "GeoNames dump: allCountries.txt, cities500.txt, ... (tab-separated, 19 columns).", Required = true };
        var alternates = new Option<string?>("--alternate-names") { Description = "alternateNamesV2.txt: more names for the imported places." };
        var output = new Option<string?>("--out") { Description = $"Where to write the table (default: {KnowledgeFiles.UserGazetteer})." };
        var command = new Command("import", "Import a GeoNames dump into the user's gazetteer.") { geonames, alternates, output };
        command.SetAction(p =>
        {
            var source = p.GetValue(geonames)!;
            var alt = p.GetValue(alternates);
            var target = p.GetValue(output) ?? KnowledgeFiles.UserGazetteer;
            foreach (var f in new[] { source, alt })
                if (f is not null && !File.Exists(f)) { Console.Error.WriteLine($"sitrep: no such file: {f}"); return ExitCodes.Usage; }

            var places = new List<PlaceRecord>();
            var byId = new Dictionary<long, int>();
            int read, skipped;
            using (var r = Open(source))
                (read, skipped) = GeoNamesReader.Read(r, place =>
                {
                    if (place.GeonameId is { } id) byId[id] = places.Count;
                    places.Add(place);
                }, place => GeoNamesReader.UsefulClass(place.FeatureClass));
            var extra = new Dictionary<int, List<string>>();
            var altCount = 0;
            if (alt is not null)
                using (var r = Open(alt))
                    altCount = GeoNamesReader.ReadAlternateNames(r, (id, name) =>
                    {
                        if (!byId.TryGetValue(id, out var i)) return;
                        if (!extra.TryGetValue(i, out var list)) extra[i] = list = [];
                        list.Add(name);
                    });

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            var tmp = target + ".tmp";
            using (var w = new StreamWriter(tmp))
            {
                w.WriteLine($"# Sitrep user gazetteer imported {DateTime.UtcNow:yyyy-MM-dd} from {Path.GetFileName(source)}{(alt is null ? "" : " and " + Path.GetFileName(alt))}.");
                w.WriteLine("# Source: GeoNames (geonames.org), licence CC BY 4.0.");
                for (var i = 0; i < places.Count; i++)
                {
                    var pl = places[i];
                    var names = extra.TryGetValue(i, out var more) ? pl.AltNames.Concat(more) : pl.AltNames;
                    var altNames = string.Join(',', names.Select(n => n.Replace(',', ' ').Replace('\t', ' ')).Distinct().Where(n => n != pl.Name));
                    w.WriteLine(string.Join('\t',
                        pl.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? "", pl.Name, pl.Name, altNames,
                        pl.Lat.ToString("0.#####", CultureInfo.InvariantCulture), pl.Lon.ToString("0.#####", CultureInfo.InvariantCulture),
                        pl.FeatureClass, pl.FeatureCode, pl.Country, "", pl.Admin1, "", "", "",
                        pl.Population.ToString(CultureInfo.InvariantCulture), "", "", "", ""));
                }
            }
            File.Move(tmp, target, overwrite: true);
            Console.WriteLine($"imported {places.Count} places ({read} read, {skipped} malformed lines skipped, {altCount} alternate names) into {target}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Lookup()
    {
        var name = new Argument<string>("NAME") { Description = "A place name in any common spelling." };
        var limit = new Option<int>("--limit") { Description = "Most places shown.", DefaultValueFactory = _ => 10 };
        var command = new Command("lookup", "The places a name can mean, most likely first.") { name, limit };
        command.SetAction(p =>
        {
            var gazetteer = GazetteerLoader.Default;
            var resolver = new Sitrep.Analyse.Places.PlaceResolver(gazetteer);
            var found = gazetteer.Lookup(p.GetValue(name)!).ToArray().OrderByDescending(resolver.Prior).Take(Math.Max(1, p.GetValue(limit))).ToList();
            if (found.Count == 0) { Console.WriteLine("no place by that name"); return ExitCodes.Failure; }
            foreach (var i in found)
            {
                var pl = gazetteer[i];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{pl.GeonameId?.ToString() ?? "-",-9} {pl.Name,-28} {pl.Country,-2} {pl.Admin1,-4} {pl.Kind,-8} {pl.FeatureCode,-6} {pl.Lat,9:0.0000} {pl.Lon,10:0.0000} pop {pl.Population}"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Stats()
    {
        var command = new Command("stats", "How many places, from where, and how long loading took.");
        command.SetAction(_ =>
        {
            var before = GC.GetTotalMemory(true);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var gazetteer = GazetteerLoader.Default;
            var ms = watch.Elapsed.TotalMilliseconds;
            var bytes = GC.GetTotalMemory(true) - before;
            Console.WriteLine($"{gazetteer.Count} places, loaded in {ms:0} ms, {bytes / (1024.0 * 1024):0} MB managed memory");
            foreach (var p in gazetteer.Provenance) Console.WriteLine("  " + p);
            if (GazetteerLoader.Warning is { } w) Console.WriteLine(w);
            GC.KeepAlive(gazetteer);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static TextReader Open(string path)
    {
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
        else if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var zip = new ZipArchive(s);
            var entry = zip.Entries.First(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !e.Name.StartsWith("readme", StringComparison.OrdinalIgnoreCase));
            s = entry.Open();
        }
        return new StreamReader(s);
    }
}
