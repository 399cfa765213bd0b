using System.CommandLine;
using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Outlets;
using Sitrep.Knowledge;
using Sitrep.Pipeline;
using Sitrep.Read;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep outlets build INPUT... --out outlets.tsv</c>: learns each outlet's home regions from the places its
/// pages name confidently (<see cref="OutletSightings"/>); <c>sitrep analyze --outlets outlets.tsv</c> then
/// prefers home readings of ambiguous names ("Alexandria" in the Alexandria Town Talk is Louisiana's).
/// </summary>
public static class OutletsCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--out", "-o") { Description = "The profile file to write (TSV: domain, country, admin1, sightings).", Required = true };
        var build = new Command("build", "Learn outlets' home regions from a corpus of pages (grouped by the domain of each page's URL).");
        inputs.AddTo(build);
        build.Options.Add(output);
        build.SetAction(async (p, ct) =>
        {
            var paths = inputs.ValidInputs(p);
            if (paths is null) return ExitCodes.Usage;
            var processor = DocumentProcessor.CreateDefault(["language", "entities", "places"]);
            var gazetteer = GazetteerLoader.Default;
            var articles = new List<(string?, IReadOnlyCollection<OutletSighting>)>();
            int documents = 0, errors = 0;
            await foreach (var item in ParallelPipeline.RunAsync(new InputReader(inputs.ReadOptions(p)).Read(paths), processor.Process, p.GetValue(inputs.Workers), ct: ct))
            {
                if (item is not ProcessedDocument d) { errors++; continue; }
                documents++;
                articles.Add((OutletProfiles.KeyOf(d.Document), OutletSightings.Of(d.Document.Body, d.Document.Places, gazetteer)));
            }
            var profiles = OutletProfiles.Build(articles);
            var file = p.GetValue(output)!;
            try
            {
                await using var writer = File.CreateText(file);
                profiles.Write(writer);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sitrep: cannot write {file}: {ex.Message}");
                return ExitCodes.Usage;
            }
            var unkeyed = articles.Count(a => a.Item1 is null);
            Console.Error.WriteLine($"{documents:N0} documents ({unkeyed:N0} without a URL or outlet), {errors:N0} errors: {profiles.Count:N0} outlets -> {file}");
            return ExitCodes.Ok;
        });
        return new Command("outlets", "Outlet profiles: where each outlet's stories happen.") { build };
    }

    /// <summary>The processor with its place stage reading outlet profiles from <paramref name="file"/>; null (and a message) when the file cannot be read.</summary>
    public static DocumentProcessor? WithProfiles(DocumentProcessor processor, string file)
    {
        OutletProfiles profiles;
        var problems = new List<string>();
        try
        {
            using var reader = File.OpenText(file);
            profiles = OutletProfiles.Read(reader, problems);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: cannot read outlet profiles {file}: {ex.Message}");
            return null;
        }
        foreach (var problem in problems.Take(5)) Console.Error.WriteLine($"sitrep: {file}: {problem} (skipped)");
        var stages = processor.Stages.Select(s => s is PlaceStage ? new PlaceStage(GazetteerLoader.Default, ActorTableReader.Default, profiles) : s).ToList();
        return new DocumentProcessor(processor.Extractor, stages);
    }
}
