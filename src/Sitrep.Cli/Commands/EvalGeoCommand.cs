using System.CommandLine;
using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Analyse.Places.Outlets;
using Sitrep.Knowledge;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval geo --data ../shared/data/geo</c>: end-to-end geoparsing scores on LGL, GeoWebNews and GeoVirus.</summary>
public static class EvalGeoCommand
{
    private static readonly (string Name, string File)[] Sets = [("LGL", "lgl.xml"), ("GeoWebNews", "GWN.xml"), ("GeoVirus", "GeoVirus.xml")];

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with lgl.xml, GWN.xml and GeoVirus.xml.", DefaultValueFactory = _ => "../shared/data/geo" };
        var failures = new Option<string?>("--failures") { Description = "Write every miss (FP, FN, WRONG place) with its cause to this file." };
        var breakdown = new Option<bool>("--breakdown") { Description = "Print the misses by kind and cause, with the most frequent phrases." };
        var noOutlets = new Option<bool>("--no-outlets") { Description = "Do not learn outlet home regions (LGL names its outlets; see OutletProfile)." };
        var outletsOut = new Option<string?>("--outlets-out") { Description = "Write the outlet profiles learned from the corpora (TSV, as `sitrep outlets build` does) to this file." };
        var command = new Command("geo", "Score toponym detection + resolution (hit: overlapping span within 161 km).") { data, failures, breakdown, noOutlets, outletsOut };
        command.SetAction(p =>
        {
            var folder = p.GetValue(data)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"sitrep: no such folder: {folder}");
                return ExitCodes.Usage;
            }
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var gazetteer = GazetteerLoader.Default;
            var kb = ActorTableReader.Default;
            Console.WriteLine($"gazetteer: {gazetteer.Count} places loaded in {watch.Elapsed.TotalMilliseconds:0} ms; {string.Join("; ", gazetteer.Provenance)}");
            if (GazetteerLoader.Warning is { } w) Console.WriteLine(w);
            var entities = new EntityStage(kb, gazetteer, NameLexicons.Default);
            var places = new PlaceStage(gazetteer, kb);
            var explain = p.GetValue(breakdown);
            var misses = p.GetValue(failures) is null && !explain ? null : new List<GeoMiss>();
            var causes = new GeoErrorBreakdown(gazetteer);
            var summaries = new List<string>();
            var notes = new List<string>();
            Console.WriteLine($"{"dataset",-11} {"articles",8} {"gold",6} {"pred",6} {"hits",6} {"P",6} {"R",6} {"F1",6} {"acc@161",7} {"strictF1",8} {"art/s",8}");
            foreach (var (name, file) in Sets)
            {
                var path = Path.Combine(folder, file);
                if (!File.Exists(path)) { Console.WriteLine($"{name,-11} missing ({path})"); continue; }
                var articles = GeoCorpus.Load(path);
                misses?.Add(new GeoMiss("SET", name, "", ""));
                var from = misses?.Count ?? 0;
                // A corpus whose gold has (almost) no demonym does not annotate them: "Russian" is then no miss.
                var demonymGold = articles.Sum(a => a.Toponyms.Count(t => gazetteer.IsDemonym(NameFolding.Fold(t.Phrase))));
                var goldCount = articles.Sum(a => a.Toponyms.Count);
                Func<Sitrep.Documents.PlaceMention, bool>? notAnnotated = demonymGold < 0.005 * goldCount
                    ? p => gazetteer.IsDemonym(NameFolding.Fold(p.Text)) : null;
                if (notAnnotated is not null) notes.Add($"{name}: demonyms not annotated ({demonymGold} of {goldCount} gold toponyms); a demonym on no gold toponym is not scored (strict F1 counts it)");
                // Likewise streets and buildings pinned at their town (FacilityPinRule): GeoWebNews locates them (5% of its
                // located toponyms), LGL (0.5%, most of them neighbourhoods named "X Park"; its streets are marked but not
                // located) and GeoVirus (0.2%) do not.
                var located = articles.Sum(a => a.Toponyms.Count(t => t.Lat is not null));
                var buildingGold = articles.Sum(a => a.Toponyms.Count(t => t.Lat is not null && FacilityPinRule.NamesBuilding(t.Phrase)));
                if (buildingGold < 0.01 * located)
                {
                    var demonyms = notAnnotated;
                    notAnnotated = p => FacilityPinRule.IsPin(p) || demonyms?.Invoke(p) == true;
                    notes.Add($"{name}: streets and buildings not located ({buildingGold} of {located} located gold toponyms); one pinned at its town on no gold toponym is not scored (strict F1 counts it)");
                }
                // Entity detection does not depend on the outlet: detect once, resolve once or twice.
                var detected = new Dictionary<GeoArticle, List<Sitrep.Documents.EntityMention>>(ReferenceEqualityComparer.Instance);
                List<Sitrep.Documents.EntityMention> Detect(GeoArticle a) => detected.TryGetValue(a, out var d) ? d : detected[a] =
                    entities.Detect(a.Text).Select(m => new Sitrep.Documents.EntityMention(m.Span, m.Text, m.Type, m.Canonical, m.Kb)).ToList();
                var outletWatch = System.Diagnostics.Stopwatch.StartNew();
                var outlets = p.GetValue(noOutlets) ? null : LeaveOneOutOutlets.Learn(articles,
                    a => OutletSightings.Of(a.Text, places.Resolve(Detect(a), a.Text).Places, gazetteer));
                var prepass = outlets is null ? 0 : outletWatch.Elapsed.TotalSeconds;
                if (outlets is not null && p.GetValue(outletsOut) is { } outletsFile)
                {
                    using var writer = File.CreateText(outletsFile);
                    outlets.Profiles.Write(writer);
                }
                if (outlets is not null)
                    notes.Add($"{name}: outlet profiles of {outlets.Profiles.Count} domains learned in {outletWatch.Elapsed.TotalSeconds:0.0} s (a first pass over the corpus); each article resolved with its outlet's profile minus its own sightings");
                var score = GeoEvaluator.ScoreArticles(name, articles, a =>
                {
                    var (resolvedEntities, resolvedPlaces) = places.Resolve(Detect(a), a.Text, outlets?.For(a));
                    causes.Entities = resolvedEntities;
                    return resolvedPlaces;
                }, misses, misses is null ? null : causes.Cause, notAnnotated);
                score = score with { Seconds = score.Seconds + prepass };   // art/s counts both passes (and detection, done in the first)
                if (explain)
                {
                    summaries.Add(name);
                    summaries.AddRange(GeoErrorBreakdown.Summary(misses![from..]));
                }
                Console.WriteLine($"{name,-11} {score.Articles,8} {score.Gold,6} {score.Predicted,6} {score.Hits,6} {score.Precision,6:0.000} {score.Recall,6:0.000} {score.F1,6:0.000} {score.ResolutionAccuracy,7:0.000} {score.StrictF1,8:0.000} {score.ArticlesPerSecond,8:0}");
            }
            foreach (var line in notes) Console.WriteLine(line);
            foreach (var line in summaries) Console.WriteLine(line);
            if (p.GetValue(failures) is { } failuresFile)
                File.WriteAllLines(failuresFile, misses!.Select(m => $"{m.Kind}\t{m.Cause}\t{m.Surface}\t{m.Detail}\t{m.Context}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
