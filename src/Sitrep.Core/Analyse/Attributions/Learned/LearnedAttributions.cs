using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// The attribution stage's hook for a trained model: after the rules have read a body, adds (after the rules' ones) the learned
/// attributions that fill their gaps (see <see cref="CombinePolicy"/>), each with its speaker resolved by the same
/// <see cref="SpeakerResolver"/> the rules use. Without a model the stage never builds one of these, so its output
/// is the rules' alone.
/// </summary>
public sealed class LearnedAttributions(AttributionModel model, CueLexicon cues, SourceWords sourceWords, SpeakerResolver speakers)
{
    private readonly LearnedReader _reader = new(model, cues, new Phrases(sourceWords));

    public void AddTo(List<Attribution> result, string body, Word[] words, IReadOnlyList<Quotation> quotes, List<Unit> units, IReadOnlyList<EntityMention> entities)
    {
        var margins = _reader.Margins(words, units);
        var proposals = _reader.Propose(words, units, margins, model.Threshold);
        var kept = LearnedReader.Select(words, units, proposals, result, model.Policy);
        if (kept.Count == 0) return;
        var replaced = new List<Attribution>();
        if (model.Policy == CombinePolicy.ModelFirst)
        {
            var surviving = LearnedReader.Surviving(words, kept, result, model.Policy);
            replaced.AddRange(result.Where(a => !surviving.Contains(a)));
            result.Clear();
            result.AddRange(surviving);
        }
        foreach (var p in kept)
        {
            var c = p.Content;
            var cue = new TextSpan(words[p.CueFirst].Start, words[p.CueEnd - 1].End);
            var content = new TextSpan(words[c.First].Start, words[c.End - 1].End);
            // Same cue as a rules' attribution it replaces: the rules read sources better (chains, "he added", outlets).
            if (replaced.FirstOrDefault(a => a.Cue.Start < cue.End && cue.Start < a.Cue.End) is { } rule)
            {
                result.Add(rule with { Kind = KindOf(body, content, quotes), Content = content });
                continue;
            }
            var speaker = c.HasSource ? speakers.Resolve(body, words, c.SourceFirst, c.SourceEnd, entities, quotes) : Speaker.Unknown;
            var source = c.HasSource ? new TextSpan(words[c.SourceFirst].Start, words[c.SourceEnd - 1].End) : new TextSpan(cue.Start, cue.Start);
            result.Add(new Attribution(KindOf(body, content, quotes), content, cue, source, speaker.Canonical, speaker.Type));
        }
    }

    /// <summary>direct: the content is quoted throughout; mixed: partly; indirect: not at all (as the rules classify).</summary>
    private static string KindOf(string body, TextSpan content, IReadOnlyList<Quotation> quotes)
    {
        // "that “we have long agreed on that.”" is still direct: the complementiser is not the writer's wording.
        if (content.Length > 5 && string.CompareOrdinal(body, content.Start, "that ", 0, 5) == 0) content = new TextSpan(content.Start + 5, content.End);
        var quoted = 0;
        foreach (var q in quotes)
        {
            if (q.Start >= content.End) break;
            if (q.End <= content.Start) continue;
            quoted += Math.Min(q.End, content.End) - Math.Max(q.Start, content.Start);
        }
        return quoted == 0 ? "indirect" : quoted >= content.Length - 2 ? "direct" : "mixed";
    }
}
