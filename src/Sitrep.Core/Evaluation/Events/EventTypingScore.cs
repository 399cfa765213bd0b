namespace Sitrep.Evaluation.Events;

/// <summary>Accuracy, per-label precision/recall/F1 and macro-F1 (mean F1 over the gold labels) of predicted labels.</summary>
public sealed record LabelScore(string Label, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record EventTypingScore(int Items, int Correct, IReadOnlyList<LabelScore> Labels, IReadOnlyList<(string Gold, string Predicted, int Count)> Confusions)
{
    public double Accuracy => Items == 0 ? 0 : (double)Correct / Items;
    /// <summary>Mean F1 over the labels that occur in the gold standard (a label we predict but nobody gold-labelled
    /// still costs precision in the labels it was taken from).</summary>
    public double MacroF1 => Labels.Where(l => l.Gold > 0).Select(l => l.F1).DefaultIfEmpty(0).Average();

    public static EventTypingScore Compute(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        var labels = pairs.SelectMany(p => new[] { p.Gold, p.Predicted }).Distinct().Order(StringComparer.Ordinal);
        var scores = labels.Select(l => new LabelScore(l,
            pairs.Count(p => p.Gold == l), pairs.Count(p => p.Predicted == l), pairs.Count(p => p.Gold == l && p.Predicted == l))).ToList();
        var confusions = pairs.Where(p => p.Gold != p.Predicted).GroupBy(p => p)
            .Select(g => (g.Key.Gold, g.Key.Predicted, g.Count())).OrderByDescending(c => c.Item3).ThenBy(c => c.Gold, StringComparer.Ordinal).ToList();
        return new EventTypingScore(pairs.Count, pairs.Count(p => p.Gold == p.Predicted), scores, confusions);
    }
}
