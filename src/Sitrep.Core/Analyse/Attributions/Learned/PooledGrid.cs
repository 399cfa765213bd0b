namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>Content hits counted over held-out articles: summed across folds before F1 is taken, so that a setting is
/// judged on every training article at once (pooled F1) rather than on one fold, or on an average of per-fold F1s where a
/// fold with few attributions weighs as much as a large one.</summary>
public readonly record struct HitCounts(int Gold, int Predicted, int Hits)
{
    public static HitCounts operator +(HitCounts a, HitCounts b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Hits + b.Hits);

    public double Precision => Predicted == 0 ? 0 : (double)Hits / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Hits / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public (double F1, double P, double R) Scores => (F1, Precision, Recall);
}

/// <summary>
/// Picks a setting (cue threshold, swap gap) on a grid from the held-out counts of every fold. The threshold tuned on
/// one fold of 131 articles swung from -0.75 to 3.75 between folds, and dev F1 followed where it landed; pooled over
/// all training articles the curve is flat enough that its maximum stays put. Each point is still scored with its two
/// grid neighbours (clamped to the first <c>smoothed</c> points), so a lone spike does not win over a plateau.
/// </summary>
public static class PooledGrid
{
    /// <summary>Per grid point, the counts of every fold added up.</summary>
    public static HitCounts[] Pool(IReadOnlyList<IReadOnlyList<HitCounts>> perFold)
    {
        var pooled = new HitCounts[perFold.Count == 0 ? 0 : perFold[0].Count];
        foreach (var fold in perFold)
            for (var g = 0; g < pooled.Length; g++) pooled[g] += fold[g];
        return pooled;
    }

    /// <summary>The index among the first <paramref name="smoothed"/> points whose F1, averaged with its neighbours, is
    /// highest and above <paramref name="floor"/> (the first on ties); -1 when none beats the floor.</summary>
    public static (int Index, double Smoothed) Best(IReadOnlyList<HitCounts> grid, int smoothed, double floor = double.NegativeInfinity)
    {
        var best = (Index: -1, Smoothed: floor);
        for (var g = 0; g < smoothed; g++)
        {
            var s = (grid[Math.Max(0, g - 1)].F1 + grid[g].F1 + grid[Math.Min(smoothed - 1, g + 1)].F1) / 3;
            if (s > best.Smoothed) best = (g, s);
        }
        return best;
    }
}
