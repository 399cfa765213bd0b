namespace Sitrep.Evaluation.Attribution;

/// <summary>A predicted attribution in code point offsets (source -1 when none).</summary>
public readonly record struct PredictedAttribution(int ContentStart, int ContentEnd, int SourceStart, int SourceEnd);

public sealed record AttributionScore(int Articles, int Gold, int Predicted, int Hits, int SourceHits, double Seconds)
{
    public double Precision => Predicted == 0 ? 0 : (double)Hits / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Hits / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Share of hit contents whose predicted source overlaps the gold source.</summary>
    public double SourceAccuracy => Hits == 0 ? 0 : (double)SourceHits / Hits;
    public double ArticlesPerSecond => Seconds <= 0 ? 0 : Articles / Seconds;
}

/// <summary>
/// The measure: a hit is a predicted content span overlapping a gold content span by at least half of the
/// longer of the two (a discontinuous gold content counts its fragments); each gold and each prediction is used at
/// most once, best overlap first. Source accuracy: hits whose predicted source overlaps a gold source fragment.
/// </summary>
public static class AttributionScorer
{
    public static (int Hits, int SourceHits, List<(int Pred, int Gold)> Pairs) Match(IReadOnlyList<PredictedAttribution> predicted, IReadOnlyList<GoldAttribution> gold)
    {
        var pairs = new List<(double Score, int P, int G)>();
        for (var p = 0; p < predicted.Count; p++)
        for (var g = 0; g < gold.Count; g++)
        {
            var pr = predicted[p];
            var overlap = 0;
            var goldLength = 0;
            foreach (var (s, e) in gold[g].Content)
            {
                goldLength += e - s;
                overlap += Math.Max(0, Math.Min(e, pr.ContentEnd) - Math.Max(s, pr.ContentStart));
            }
            var longer = Math.Max(goldLength, pr.ContentEnd - pr.ContentStart);
            if (overlap > 0 && overlap * 2 >= longer) pairs.Add(((double)overlap / longer, p, g));
        }
        pairs.Sort((a, b) => b.Score.CompareTo(a.Score));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var matched = new List<(int, int)>();
        int sourceHits = 0;
        foreach (var (_, p, g) in pairs)
        {
            if (usedP.Contains(p) || usedG.Contains(g)) continue;
            usedP.Add(p);
            usedG.Add(g);
            matched.Add((p, g));
            var pr = predicted[p];
            if (pr.SourceStart >= 0 && gold[g].Source.Any(s => s.Start < pr.SourceEnd && pr.SourceStart < s.End)) sourceHits++;
        }
        return (matched.Count, sourceHits, matched);
    }
}
