using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation.Events;

/// <summary>One scored snippet: gold label, our label (of the first, most salient event), the event's trigger sentence.</summary>
public sealed record CasePrediction(CaseSnippet Snippet, string Predicted, Event? First);

/// <summary>
/// Scores event typing on CASE 2021 snippets: each snippet becomes a document (no date, no title) run through the
/// default analysis stages; the first event's type, mapped by <see cref="CaseLabels"/>, is compared with the gold label.
/// A snippet without an event counts as OTHER.
/// </summary>
public static class EventTypingEvaluation
{
    public sealed record Result(EventTypingScore Score, IReadOnlyList<CasePrediction> Predictions, double Seconds);

    public static Result Run(IReadOnlyList<CaseSnippet> snippets, IReadOnlyList<IAnalysisStage>? stages = null)
    {
        stages ??= StageRegistry.Default();
        var clock = Stopwatch.StartNew();
        var predictions = new List<CasePrediction>(snippets.Count);
        foreach (var s in snippets)
        {
            var doc = new Document { Id = "case-" + s.Id, Source = new SourceInfo(null, null, "text"), Body = s.Text.Trim() };
            foreach (var stage in stages) doc = stage.Apply(doc);
            var first = doc.Events.Count > 0 ? doc.Events[0] : null;
            predictions.Add(new CasePrediction(s, CaseLabels.Of(first), first));
        }
        clock.Stop();
        var score = EventTypingScore.Compute(predictions.Select(p => (p.Snippet.Label, p.Predicted)).ToList());
        return new Result(score, predictions, clock.Elapsed.TotalSeconds);
    }
}
