namespace Sitrep.Evaluation.Attribution;

/// <summary>
/// How far people agree under the measure: where a corpus has an article annotated more than once (PolNeAR ships
/// 16 train articles annotated by five or six annotators, and 2 dev ones by six, as NAME_ANNOTATOR.ann), each annotation
/// is scored as if it were a prediction against each other one, every pair once, so content F1 and source accuracy come
/// out on the same scale as a reader's. A reader near that figure is as good as this corpus can show.
/// </summary>
public static class AnnotatorAgreement
{
    /// <summary>Every pair of annotations of one article (same name), the earlier scored against the later, counts pooled;
    /// <see cref="AttributionScore.Articles"/> counts the pairs.</summary>
    public static AttributionScore Of(IReadOnlyList<PolnearArticle> articles)
    {
        int pairs = 0, gold = 0, predicted = 0, hits = 0, sourceHits = 0;
        foreach (var group in articles.GroupBy(a => a.Name, StringComparer.Ordinal))
        {
            var versions = group.ToList();
            for (var i = 0; i < versions.Count; i++)
                for (var j = i + 1; j < versions.Count; j++)
                {
                    var preds = versions[i].Gold.Select(AsPrediction).ToList();
                    var (h, sh, _) = AttributionScorer.Match(preds, versions[j].Gold);
                    pairs++;
                    gold += versions[j].Gold.Count;
                    predicted += preds.Count;
                    hits += h;
                    sourceHits += sh;
                }
        }
        return new AttributionScore(pairs, gold, predicted, hits, sourceHits, 0);
    }

    /// <summary>How many articles are annotated more than once.</summary>
    public static int Repeated(IReadOnlyList<PolnearArticle> articles) =>
        articles.GroupBy(a => a.Name, StringComparer.Ordinal).Count(g => g.Count() > 1);

    /// <summary>A gold attribution as a prediction: its content from the first fragment's start to the last one's end
    /// (a reader gives one span), its first source fragment.</summary>
    public static PredictedAttribution AsPrediction(GoldAttribution g)
    {
        var (start, end) = (g.Content.Min(c => c.Start), g.Content.Max(c => c.End));
        var (ss, se) = g.Source.Count > 0 ? g.Source[0] : (-1, -1);
        return new PredictedAttribution(start, end, ss, se);
    }
}
