using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Documents;
using Sitrep.Evaluation.Attribution;
using Sitrep.Output;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval attribution --data ../shared/data/attribution-polnear [--split dev|train]</c>: content precision,
/// recall and F1 (hit: overlap of at least half the longer span) and source accuracy on PolNeAR, running the
/// entities, places and attributions stages on each article text; speed counts the attribution stage alone.
/// </summary>
public static class EvalAttributionCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The attribution-polnear folder (train/, dev/).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "attribution-polnear") };
        var split = new Option<string>("--split") { Description = "dev or train.", DefaultValueFactory = _ => "dev" };
        var failures = new Option<string?>("--failures") { Description = "Write missed gold contents (FN), unmatched predictions (FP) and wrong sources (SRC) to this file." };
        var speed = new Option<string?>("--speed") { Description = "Instead of scoring, time the attribution stage alone on this CSV corpus (e.g. ../shared/data/corpus-fakes/FA-KES-Dataset.csv), after the earlier stages ran." };
        var threads = new Option<int>("--threads") { Description = "Threads for --speed (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var model = new Option<string[]>("--model") { Description = "Score with this learned model (from 'sitrep train attribution') on top of the rules. Repeat it to score several models (e.g. trained with other --seed values): each is reported, then their mean and spread.", AllowMultipleArgumentsPerToken = false };
        var agreement = new Option<bool>("--agreement") { Description = "Instead of scoring a reader, score the split's articles annotated more than once, every pair of annotations one against the other: the ceiling the corpus can show." };
        var command = new Command("attribution", "Score attribution (quotes, paraphrases, according-to) on PolNeAR: content P/R/F1 and source accuracy.") { data, split, failures, speed, threads, model, agreement };
        command.SetAction(p =>
        {
            var files = p.GetValue(model) ?? [];
            var stages = new List<(string Name, AttributionStage Stage)>();
            try
            {
                if (files.Length == 0) stages.Add(("default", new AttributionStage()));
                foreach (var file in files) stages.Add((file, new AttributionStage(Sitrep.Analyse.Attributions.Learned.AttributionModel.Load(file))));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sitrep eval: {ex.Message}");
                return ExitCodes.Usage;
            }
            if (p.GetValue(speed) is { } corpus) return Speed(corpus, Math.Max(1, p.GetValue(threads)), stages[0].Stage);
            var dir = p.GetValue(data)!;
            var name = p.GetValue(split)!;
            if (!PolnearCorpus.Exists(dir, name))
            {
                Console.Error.WriteLine($"sitrep eval: no {name}/attributions under {dir}");
                return ExitCodes.Usage;
            }
            var articles = PolnearCorpus.Load(dir, name);
            if (p.GetValue(agreement)) return Agreement(articles, name);
            var entities = new EntityStage();
            var places = new PlaceStage();
            // The earlier stages run once: every model reads the same documents.
            var docs = articles.Select(a => places.Apply(entities.Apply(new Document { Id = a.Name, Source = new SourceInfo(a.Name, null, "text"), Body = a.Text }))).ToList();
            var c = CultureInfo.InvariantCulture;
            var scores = new List<AttributionScore>();
            foreach (var (label, stage) in stages)
            {
                var log = p.GetValue(failures) is null ? null : new List<string>();
                var score = Score(articles, docs, stage, log);
                scores.Add(score);
                if (stages.Count > 1) Console.WriteLine($"model {label}");
                Console.WriteLine($"PolNeAR {name}: {score.Articles} articles, {score.Gold} gold attributions, {score.Predicted} predicted");
                Console.WriteLine(string.Create(c, $"content  precision {score.Precision:F3}  recall {score.Recall:F3}  F1 {score.F1:F3}  ({score.Hits} hits; hit = overlap >= half the longer span)"));
                Console.WriteLine(string.Create(c, $"source   accuracy {score.SourceAccuracy:F3}  ({score.SourceHits} of {score.Hits} hit contents with an overlapping source)"));
                Console.WriteLine(string.Create(c, $"speed    {score.ArticlesPerSecond:F0} articles/s on one thread for the attribution stage alone ({score.Seconds * 1000:F0} ms)"));
                // One failures file: the first model's (several would overwrite one another).
                if (log is not null && scores.Count == 1) File.WriteAllLines(p.GetValue(failures)!, log);
            }
            if (scores.Count > 1) Console.WriteLine(Spread(scores));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Agreement(List<PolnearArticle> articles, string split)
    {
        var a = AnnotatorAgreement.Of(articles);
        if (a.Articles == 0)
        {
            Console.WriteLine($"PolNeAR {split}: no article is annotated more than once");
            return ExitCodes.Ok;
        }
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"PolNeAR {split}: {AnnotatorAgreement.Repeated(articles)} articles annotated more than once; every pair of their annotations ({a.Articles}), one scored against the other");
        Console.WriteLine(string.Create(c, $"content  precision {a.Precision:F3}  recall {a.Recall:F3}  F1 {a.F1:F3}  ({a.Hits} hits of {a.Gold} and {a.Predicted})"));
        Console.WriteLine(string.Create(c, $"source   accuracy {a.SourceAccuracy:F3}  ({a.SourceHits} of {a.Hits} hit contents with an overlapping source)"));
        return ExitCodes.Ok;
    }

    /// <summary>Runs <paramref name="stage"/> over the prepared documents and scores its contents and sources against the gold.</summary>
    private static AttributionScore Score(List<PolnearArticle> articles, List<Document> docs, AttributionStage stage, List<string>? log)
    {
        int gold = 0, predicted = 0, hits = 0, sourceHits = 0;
        var stageTime = TimeSpan.Zero;
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var clock = Stopwatch.StartNew();
            var doc = stage.Apply(docs[i]);
            stageTime += clock.Elapsed;
            var cp = new CodePointIndex(a.Text);
            // The scorer's view: PolNeAR gives a content one attribution, so readings split by speaker are one again.
            var read = CoordinatedSpeakers.Joined(doc.Attributions);
            var preds = read.Select(x => new PredictedAttribution(
                cp.ToCodePoints(x.Content.Start), cp.ToCodePoints(x.Content.End),
                x.Source.IsEmpty ? -1 : cp.ToCodePoints(x.Source.Start), x.Source.IsEmpty ? -1 : cp.ToCodePoints(x.Source.End))).ToList();
            var (h, sh, pairs) = AttributionScorer.Match(preds, a.Gold);
            gold += a.Gold.Count;
            predicted += preds.Count;
            hits += h;
            sourceHits += sh;
            if (log is not null) Log(log, a, read, preds, pairs, cp);
        }
        return new AttributionScore(articles.Count, gold, predicted, hits, sourceHits, stageTime.TotalSeconds);
    }

    /// <summary>Several models' F1 and source accuracy as mean, sample standard deviation and range: one dev figure moves by
    /// about ±.005 from the training shuffle alone, so a change is judged on the mean.</summary>
    public static string Spread(IReadOnlyList<AttributionScore> scores)
    {
        static (double Mean, double Sd) Of(IReadOnlyList<double> x)
        {
            var mean = x.Average();
            var sd = x.Count > 1 ? Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1)) : 0;
            return (mean, sd);
        }
        var f1 = scores.Select(s => s.F1).ToList();
        var source = scores.Select(s => s.SourceAccuracy).ToList();
        var (fm, fs) = Of(f1);
        var (sm, ss) = Of(source);
        return string.Create(CultureInfo.InvariantCulture,
            $"over {scores.Count} models: content F1 mean {fm:F3} (sd {fs:F3}, {f1.Min():F3} to {f1.Max():F3}); source accuracy mean {sm:F3} (sd {ss:F3})");
    }

    /// <summary>Times <see cref="AttributionStage"/> alone: the corpus is read, extracted and run through the stages before
    /// it (untimed), then the attribution stage runs over every document on N threads, best of three passes.</summary>
    private static int Speed(string csv, int threads, AttributionStage stage)
    {
        if (!File.Exists(csv)) { Console.Error.WriteLine($"sitrep eval: corpus not found: {csv}"); return ExitCodes.Usage; }
        var processor = Sitrep.Pipeline.DocumentProcessor.CreateDefault(["language", "entities", "places"]);
        var docs = new Sitrep.Read.InputReader(Sitrep.Read.ReadOptions.Default).ReadFile(csv).OfType<ReadDocument>()
            .Select(r => processor.Process(r.Document)).OfType<Sitrep.Pipeline.ProcessedDocument>().Select(d => d.Document).ToArray();
        foreach (var d in docs.Take(50)) stage.Apply(d);                               // warm-up
        var best = double.MaxValue;
        var count = 0;
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            var total = 0;
            Parallel.For(0, docs.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => 0,
                (k, _, n) => n + stage.Apply(docs[k]).Attributions.Count, n => Interlocked.Add(ref total, n));
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            count = total;
        }
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"attribution stage alone: {docs.Length} articles, {count} attributions, {best * 1000:F0} ms on {threads} thread(s) (best of 3) = {docs.Length / best:F0} articles/s"));
        return ExitCodes.Ok;
    }

    private static void Log(List<string> log, PolnearArticle a, List<Attribution> read, List<PredictedAttribution> preds, List<(int Pred, int Gold)> pairs, CodePointIndex cp)
    {
        string Cut(int s, int e)
        {
            int us = Math.Clamp(cp.ToUtf16(Math.Min(s, e)), 0, a.Text.Length), ue = Math.Clamp(cp.ToUtf16(Math.Max(s, e)), 0, a.Text.Length);
            return Flat(a.Text[us..ue]);
        }
        var matchedP = pairs.Select(x => x.Pred).ToHashSet();
        var matchedG = pairs.Select(x => x.Gold).ToHashSet();
        for (var g = 0; g < a.Gold.Count; g++)
            if (!matchedG.Contains(g))
            {
                var gd = a.Gold[g];
                var src = gd.Source.Count > 0 ? Cut(gd.Source[0].Start, gd.Source[0].End) : "";
                int gs = gd.Content.Min(f => f.Start), ge = gd.Content.Max(f => f.End);
                // A prediction overlapping the miss: its extent is what went wrong (LONG / SHORT / OFF).
                var near = "";
                for (var p = 0; p < preds.Count; p++)
                {
                    var pr = preds[p];
                    if (pr.ContentEnd <= gs || pr.ContentStart >= ge) continue;
                    var how = pr.ContentStart <= gs && pr.ContentEnd >= ge ? "LONG" : pr.ContentStart >= gs && pr.ContentEnd <= ge ? "SHORT" : "OFF";
                    near = $"\tnear={how}\t{Flat(read[p].Cue.Of(a.Text))}\t{Cut(pr.ContentStart, pr.ContentEnd)}";
                    break;
                }
                log.Add($"FN\t{a.Name}\tcue={(gd.Cue.Count > 0 ? Cut(gd.Cue[0].Start, gd.Cue[0].End) : "")}\tsrc={src}\t{Cut(gs, ge)}{near}");
            }
        for (var p = 0; p < preds.Count; p++)
        {
            var x = read[p];
            if (!matchedP.Contains(p))
                log.Add($"FP\t{a.Name}\tcue={Flat(x.Cue.Of(a.Text))}\tsrc={Flat(x.Source.Of(a.Text))}\t{Flat(x.Content.Of(a.Text))}");
        }
        foreach (var (p, g) in pairs)
        {
            var pr = preds[p];
            var gd = a.Gold[g];
            if (pr.SourceStart >= 0 && gd.Source.Any(s => s.Start < pr.SourceEnd && pr.SourceStart < s.End)) continue;
            var src = gd.Source.Count > 0 ? Cut(gd.Source[0].Start, gd.Source[0].End) : "(none)";
            log.Add($"SRC\t{a.Name}\tgold={src}\tpred={Flat(read[p].Source.Of(a.Text))}\tcue={Flat(read[p].Cue.Of(a.Text))}\t{Flat(read[p].Content.Of(a.Text))}");
        }
    }

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\t', ' ');
}
