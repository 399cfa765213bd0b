namespace Sitrep.Evaluation.Attribution;

/// <summary>
/// How far two people agree under the measure: where a corpus has an article annotated twice (PolNeAR ships a
/// few as NAME_ANNOTATOR.ann pairs), the first annotation is scored as if it were a prediction against the second, so
/// content F1 and source accuracy come out on the same scale as a reader's. A reader near that figure is as good as
/// this corpus can show. PolNeAR train: 16 articles, F1 0.786 (2026-11-24).
/// </summary>
public static class AnnotatorAgreement
{
    /// <summary>The articles that appear more than once (same name), each scored first annotation against second;
    /// <see cref="AttributionScore.Articles"/> counts those pairs.</summary>
    public static AttributionScore Of(IReadOnlyList<PolnearArticle> articles)
    {
        int pairs = 0, gold = 0, predicted = 0, hits = 0, sourceHits = 0;
        foreach (var group in articles.GroupBy(a => a.Name, StringComparer.Ordinal))
        {
            var twice = group.Take(2).ToList();
            if (twice.Count < 2) continue;
            var (first, second) = (twice[0], twice[1]);
            var preds = first.Gold.Select(AsPrediction).ToList();
            var (h, sh, _) = AttributionScorer.Match(preds, second.Gold);
            pairs++;
            gold += second.Gold.Count;
            predicted += preds.Count;
            hits += h;
            sourceHits += sh;
        }
        return new AttributionScore(pairs, gold, predicted, hits, sourceHits, 0);
    }

    /// <summary>A gold attribution as a prediction: its content from the first fragment's start to the last one's end
    /// (a reader gives one span), its first source fragment.</summary>
    public static PredictedAttribution AsPrediction(GoldAttribution g)
    {
        var (start, end) = (g.Content.Min(c => c.Start), g.Content.Max(c => c.End));
        var (ss, se) = g.Source.Count > 0 ? g.Source[0] : (-1, -1);
        return new PredictedAttribution(start, end, ss, se);
    }
}
