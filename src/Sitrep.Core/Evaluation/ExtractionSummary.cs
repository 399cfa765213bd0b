namespace Sitrep.Evaluation;

/// <summary>
/// The aggregate figures of one system on the benchmark. The Article Extraction Benchmark's evaluate.py averages
/// precision and recall over pages (each page normalised, so long articles do not weigh more) and reports F1 as
/// the harmonic mean of those two averages: that is <see cref="F1"/>, the figure comparable with the published
/// table. <see cref="MeanPageF1"/> is the mean of per-page F1, a stricter figure that punishes pages that fail.
/// </summary>
public sealed record ExtractionSummary(
    string System,
    int Pages,
    double Precision,
    double Recall,
    double F1,
    double MeanPageF1,
    double PagesPerSecondPerCore,
    double TotalMilliseconds,
    PageResult? SlowestPage,
    IReadOnlyList<PageResult> Results)
{
    public static ExtractionSummary Of(string system, IReadOnlyList<PageResult> results)
    {
        int n = results.Count;
        double p = n == 0 ? 0 : results.Average(r => r.Score.Precision);
        double r = n == 0 ? 0 : results.Average(x => x.Score.Recall);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double pageF1 = n == 0 ? 0 : results.Average(x => x.Score.F1);
        double total = results.Sum(x => x.Milliseconds);
        return new ExtractionSummary(system, n, p, r, f1, pageF1,
            total > 0 ? n / (total / 1000.0) : 0, total,
            results.MaxBy(x => x.Milliseconds), results);
    }

    public IEnumerable<PageResult> Worst(int count) =>
        Results.OrderBy(x => x.Score.F1).ThenBy(x => x.Key, StringComparer.Ordinal).Take(count);
}
