using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places.Evaluation;

public sealed record GeoScore(string Dataset, int Articles, int Gold, int Predicted, int Hits, int SpanOnly, double Seconds)
{
    /// <summary>Predictions of a kind the corpus does not annotate (see <see cref="GeoEvaluator.Score"/>), left out of <see cref="Predicted"/>.</summary>
    public int Unscored { get; init; }
    /// <summary>Precision and F1 had those predictions counted as false positives.</summary>
    public double StrictPrecision => Predicted + Unscored == 0 ? 0 : (double)Hits / (Predicted + Unscored);
    public double StrictF1 => StrictPrecision + Recall == 0 ? 0 : 2 * StrictPrecision * Recall / (StrictPrecision + Recall);

    public double Precision => Predicted == 0 ? 0 : (double)Hits / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Hits / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double ArticlesPerSecond => Seconds <= 0 ? 0 : Articles / Seconds;
    /// <summary>Of the predictions that found a gold toponym, the share resolved within 161 km: the figure
    /// closest to Mordecai's "given gold spans" accuracy.</summary>
    public double ResolutionAccuracy => Hits + SpanOnly == 0 ? 0 : (double)Hits / (Hits + SpanOnly);
}

/// <summary>A scoring failure, for study: FP (a predicted place on no gold toponym), FN (a located gold
/// toponym no prediction overlaps) or WRONG (overlapping, but more than 161 km off). <see cref="Cause"/>
/// says why, when the caller classifies failures (see <see cref="GeoErrorBreakdown"/>).</summary>
public sealed record GeoMiss(string Kind, string Surface, string Context, string Detail)
{
    public string Cause { get; init; } = "";
}

/// <summary>What a failure classifier sees: the failure, the gold toponym (FN, WRONG) and the prediction (FP, WRONG).</summary>
public readonly record struct GeoFailure(GeoMiss Miss, GoldToponym? Gold, PlaceMention? Predicted);

/// <summary>
/// End-to-end geoparsing score: our own toponym detection, then resolution. A hit is a predicted place
/// whose span overlaps a gold toponym's span and whose coordinates lie within 161 km (100 miles) of the
/// gold's, the usual "accuracy@161km" of the geoparsing literature. Gold toponyms the annotators did not
/// locate (LGL without gaztag; GeoWebNews expressions, demonyms, homonyms) are neither required nor
/// penalised: a prediction overlapping one is left out of precision. So is a prediction of a kind the
/// corpus never annotates (<c>notAnnotated</c>: GeoVirus has no demonym among its 2,170 toponyms, LGL and
/// GeoWebNews have hundreds), unless it overlaps a gold toponym; <see cref="GeoScore.StrictF1"/> counts them.
/// </summary>
public static class GeoEvaluator
{
    public const double ToleranceKm = 161;

    public static GeoScore Score(string dataset, IReadOnlyList<GeoArticle> articles,
        Func<string, IReadOnlyList<PlaceMention>> geoparse, List<GeoMiss>? misses = null, Func<GeoFailure, string>? cause = null,
        Func<PlaceMention, bool>? notAnnotated = null) =>
        ScoreArticles(dataset, articles, a => geoparse(a.Text), misses, cause, notAnnotated);

    /// <summary>As above, for a geoparser that also reads the article's metadata (its outlet, <see cref="GeoArticle.Url"/>).</summary>
    public static GeoScore ScoreArticles(string dataset, IReadOnlyList<GeoArticle> articles,
        Func<GeoArticle, IReadOnlyList<PlaceMention>> geoparse, List<GeoMiss>? misses = null, Func<GeoFailure, string>? cause = null,
        Func<PlaceMention, bool>? notAnnotated = null)
    {
        int gold = 0, predicted = 0, hits = 0, spanOnly = 0, unscored = 0;
        var watch = Stopwatch.StartNew();
        void Miss(GeoMiss m, GoldToponym? g, PlaceMention? p)
        {
            if (misses is null) return;
            misses.Add(cause is null ? m : m with { Cause = cause(new GeoFailure(m, g, p)) });
        }
        foreach (var article in articles)
        {
            var places = geoparse(article);
            var located = article.Toponyms.Where(t => t.Lat is not null && t.Lon is not null).ToList();
            var unlocated = article.Toponyms.Where(t => t.Lat is null || t.Lon is null).ToList();
            gold += located.Count;
            var used = new bool[located.Count];
            foreach (var p in places)
            {
                var overlapping = Enumerable.Range(0, located.Count)
                    .Where(k => !used[k] && located[k].Start < p.Span.End && p.Span.Start < located[k].End).ToList();
                if (overlapping.Count == 0)
                {
                    if (unlocated.Any(t => t.Start < p.Span.End && p.Span.Start < t.End)) continue;
                    if (notAnnotated?.Invoke(p) == true) { unscored++; continue; }
                    predicted++;
                    Miss(new GeoMiss("FP", p.Text, Context(article.Text, p.Span.Start, p.Span.End), $"{p.Name} {p.Country} {p.Kind}"), null, p);
                    continue;
                }
                predicted++;
                var hit = overlapping.FirstOrDefault(k => DistanceKm(p.Lat, p.Lon, located[k].Lat!.Value, located[k].Lon!.Value) <= ToleranceKm, -1);
                if (hit >= 0)
                {
                    used[hit] = true;
                    hits++;
                    Miss(new GeoMiss("HIT", p.Text, Context(article.Text, p.Span.Start, p.Span.End), $"{p.Name} {p.Country}"), located[hit], p);
                }
                else
                {
                    spanOnly++;
                    var g = located[overlapping[0]];
                    Miss(new GeoMiss("WRONG", p.Text, Context(article.Text, p.Span.Start, p.Span.End),
                        $"{p.Name} {p.Country} ({p.Lat:0.##},{p.Lon:0.##}) gold ({g.Lat:0.##},{g.Lon:0.##}) {DistanceKm(p.Lat, p.Lon, g.Lat!.Value, g.Lon!.Value):0} km"), g, p);
                }
            }
            if (misses is not null)
                for (var k = 0; k < located.Count; k++)
                    if (!used[k] && !places.Any(p => located[k].Start < p.Span.End && p.Span.Start < located[k].End))
                        Miss(new GeoMiss("FN", article.Text[located[k].Start..located[k].End], Context(article.Text, located[k].Start, located[k].End), ""), located[k], null);
        }
        return new GeoScore(dataset, articles.Count, gold, predicted, hits, spanOnly, watch.Elapsed.TotalSeconds) { Unscored = unscored };
    }

    private static string Context(string text, int start, int end)
    {
        var a = Math.Max(0, start - 40);
        var b = Math.Min(text.Length, end + 40);
        return (text[a..start] + "[" + text[start..end] + "]" + text[end..b]).Replace('\n', ' ');
    }

    /// <summary>Great-circle distance; see <see cref="GeoDistance.Km"/>.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2) => GeoDistance.Km(lat1, lon1, lat2, lon2);
}
