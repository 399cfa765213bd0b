namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>What training did: corpus size, the tuning outcome on the held-out articles (content F1 of the rules alone
/// and with the model), the threshold and policy chosen, and the time taken.</summary>
public sealed record TrainingReport(
    int Articles, int HeldOut, int Tokens, int CueTokens, int ChoiceExamples,
    double RulesF1, double CombinedF1, double CombinedPrecision, double CombinedRecall,
    float Threshold, CombinePolicy Policy, TimeSpan Elapsed)
{
    /// <summary>The tuned <see cref="AttributionModel.SwapGap"/>.</summary>
    public float SwapGap { get; init; } = RulesContentSwap.Never;
}
