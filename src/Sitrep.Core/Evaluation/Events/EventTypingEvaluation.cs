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

    /// <summary>Why a snippet got its label: every sentence's lexicon hits, then the events in salience order.</summary>
    public static IEnumerable<string> Explain(CaseSnippet snippet)
    {
        var doc = new Document { Id = "case-" + snippet.Id, Source = new SourceInfo(null, null, "text"), Body = snippet.Text.Trim() };
        foreach (var stage in StageRegistry.Default()) doc = stage.Apply(doc);
        yield return $"gold {snippet.Label}";
        foreach (var sentence in Sitrep.Analyse.Events.SentenceSplitter.Split(doc.Body))
        {
            yield return "sentence: " + sentence.Text(doc.Body);
            var words = Sitrep.Analyse.Events.WordSplitter.Split(doc.Body, sentence.Span.Start, sentence.Span.End);
            foreach (var h in Sitrep.Analyse.Events.LexiconMatcher.Match(Sitrep.Analyse.Events.EventLexicon.Default, doc.Body, words))
                yield return $"   {h.Row.Key} {h.Row.Weight} '{string.Join(' ', h.Row.Phrase)}' {string.Join(' ', h.Row.RequiredGroups.Select(g => "if:" + g).Concat(h.Row.GroupsBefore.Select(g => "before:" + g)).Concat(h.Row.ForbiddenGroups.Select(g => "not:" + g)))}";
        }
        foreach (var e in doc.Events)
            yield return $"event {e.Type}/{e.Subtype} {e.Modality} trigger '{e.Trigger.Of(doc.Body)}' actors [{string.Join(", ", e.Actors)}] targets [{string.Join(", ", e.Targets)}] place {e.Place?.Name} date {e.Date?.Date} by {e.AttributedTo} q [{string.Join("; ", e.Quantities.Select(q => $"{q.Value} {q.Unit} {q.Kind} {q.Approx}"))}]";
    }
}
