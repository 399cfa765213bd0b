namespace Sitrep.Evaluation;

/// <summary>One page's shingle match: true positives, false positives and false negatives counted over
/// multisets of shingles (a shingle that occurs twice in the truth and once in the prediction is one
/// true positive and one false negative).</summary>
public readonly record struct ShingleScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>tp / (tp + fp); 0 when nothing was predicted (as evaluate.py does).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>tp / (tp + fn); 0 when the truth is empty (as evaluate.py does).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The Article Extraction Benchmark's body score ("string_shingle_matching" in evaluate.py): both texts
/// become word n-gram shingles (n = 4) after <see cref="ShingleTokenizer"/>; a text with fewer than n tokens
/// gives one shorter shingle (the benchmark's <c>range(max(1, len - n + 1))</c>), an empty text none.
/// </summary>
public static class ShingleF1
{
    public const int DefaultN = 4;

    public static ShingleScore Score(string? truth, string? predicted, int n = DefaultN)
    {
        var truthCounts = Count(Shingles(truth, n));
        var predictedCounts = Count(Shingles(predicted, n));
        int tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, p) in predictedCounts)
        {
            truthCounts.TryGetValue(shingle, out var t);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
        }
        foreach (var (shingle, t) in truthCounts)
        {
            predictedCounts.TryGetValue(shingle, out var p);
            fn += Math.Max(0, t - p);
        }
        return new ShingleScore(tp, fp, fn);
    }

    public static List<string> Shingles(string? text, int n = DefaultN)
    {
        var tokens = ShingleTokenizer.Tokens(text).ToArray();
        var shingles = new List<string>();
        if (tokens.Length == 0) return shingles;
        int count = Math.Max(1, tokens.Length - n + 1);
        for (int i = 0; i < count; i++)
            shingles.Add(string.Join(' ', tokens, i, Math.Min(n, tokens.Length - i)));
        return shingles;
    }

    private static Dictionary<string, int> Count(List<string> shingles)
    {
        var counts = new Dictionary<string, int>(shingles.Count, StringComparer.Ordinal);
        foreach (var s in shingles) counts[s] = counts.GetValueOrDefault(s) + 1;
        return counts;
    }
}
