using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// The attribution stage's hook for a trained model: after the rules have read a body, adds (after the rules' ones) the learned
/// attributions that fill their gaps (see <see cref="CombinePolicy"/>), each with its speaker resolved by the same
/// <see cref="SpeakerResolver"/> the rules use. Without a model the stage never builds one of these, so its output
/// is the rules' alone.
/// </summary>
public sealed class LearnedAttributions(AttributionModel model, CueLexicon cues, Phrases phrases, CandidateReader rules, SpeakerResolver speakers)
{
    private readonly LearnedReader _reader = new(model, cues, phrases);
    private readonly RulesContentSwap _swap = new(model, cues, phrases);
    private readonly ReadingSignals _signals = new(model, cues, phrases);

    public void AddTo(List<Attribution> result, string body, Word[] words, IReadOnlyList<Quotation> quotes, List<Unit> units, IReadOnlyList<EntityMention> entities)
    {
        var margins = _reader.Margins(words, units, RulesCoverage.Of(words, units, result));
        if (!float.IsPositiveInfinity(model.SwapGap))
        {
            var swapped = _swap.Apply(words, units, result, model.SwapGap, content => KindOf(body, content, quotes));
            result.Clear();
            result.AddRange(swapped);
        }
        List<Proposal>? taken = null;
        List<Proposal> proposals;
        if (model.Overrides.Any && model.Policy == CombinePolicy.NoOverlap && result.Count > 0)
        {
            // The rules' spans are not masked: the proposals that collide with them are the ones that may overrule them (and
            // Select drops the others, as masking would). Only runs on a rules' cue, which can do neither, are masked, and in
            // a copy: the replacing weighs the rules' cues by their own scores.
            var open = (float[])margins.Clone();
            RulesOverride.MaskRulesCues(open, units, RulesCoverage.Of(words, units, result), model.Threshold);
            proposals = _reader.Propose(words, units, open, model.Threshold);
            (var overruled, taken) = RulesOverride.Apply(words, result, proposals, margins, model.Overrides, content => KindOf(body, content, quotes));
            result.Clear();
            result.AddRange(overruled);
        }
        else
        {
            if (model.Policy == CombinePolicy.NoOverlap && result.Count > 0) RulesCoverage.MaskHeld(margins, units, RulesCoverage.Of(words, units, result), model.Threshold);
            proposals = _reader.Propose(words, units, margins, model.Threshold);
        }
        var kept = LearnedReader.Select(words, units, proposals, result, model.Policy, taken);
        var ruled = result.Count;
        if (kept.Count > 0) AddKept(result, body, words, quotes, units, entities, kept);
        if (model.Rescorer is not null && result.Count > 0) Rescore(result, words, units, margins, ruled);
    }

    /// <summary>Drops the readings the <see cref="ReadingRescorer"/> scores below the model's threshold; the learned ones
    /// are shown to it as the trainer saw them (kind "learned", no source).</summary>
    private void Rescore(List<Attribution> result, Word[] words, List<Unit> units, float[] margins, int ruled)
    {
        var readings = result.Select((a, i) => i >= ruled ? new ReadingRescorer.Reading("learned", a.Content, a.Cue, default) : ReadingRescorer.Of(a)).ToList();
        var scores = ReadingRescorer.Score(words, units, readings, margins, model.Rescorer!);
        if (model.Boosted is { } trees) scores = _signals.Of(words, units, readings, margins, scores).Select(x => trees.Score(x)).ToArray();
        var k = 0;
        result.RemoveAll(_ => scores[k++] < model.DropBelow);
    }

    private void AddKept(List<Attribution> result, string body, Word[] words, IReadOnlyList<Quotation> quotes, List<Unit> units, IReadOnlyList<EntityMention> entities, List<Proposal> kept)
    {
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
            var (sf, se) = SourceOf(words, units[p.Unit], p);
            var speaker = se > sf ? speakers.Resolve(body, words, sf, se, entities, quotes) : Speaker.Unknown;
            var source = se > sf ? new TextSpan(words[sf].Start, words[se - 1].End) : new TextSpan(cue.Start, cue.Start);
            result.Add(new Attribution(KindOf(body, content, quotes), content, cue, source, speaker.Canonical, speaker.Type));
        }
    }

    /// <summary>The proposal's source as the rules find a subject (<see cref="CandidateReader.SourceOf"/>); the word-order
    /// phrase of its content choice only when the rules find none, or one inside the content; then the clause's or the
    /// sentence's opening phrase. A learned attribution with no source is kept: dropping those lowered content F1 on
    /// PolNeAR train (.702 -> .698, precision unchanged) for a small gain in source accuracy (.845 -> .853).</summary>
    public (int First, int End) SourceOf(Word[] w, Unit unit, Proposal p)
    {
        var c = p.Content;
        var (sf, se) = rules.SourceOf(w, unit, p.CueFirst, p.CueEnd, c.First < p.CueFirst);
        if (se > sf && !(sf < c.End && c.First < se)) return (sf, se);
        // "Syrian opposition forces on Sunday claimed …": word order took the day for the speaker (FA-KES with a model, 8
        // readings); a day is never one, so the clause opening before it is read instead.
        if (c.HasSource && !IsWhen(w, c.SourceFirst, c.SourceEnd)) return (c.SourceFirst, c.SourceEnd);
        if (c.First < p.CueFirst) return (-1, -1);
        var opening = ClauseOpening(w, unit, p.CueFirst);
        return SourceTrim.Trim(w, opening.First >= 0 ? opening : SentenceOpening(w, unit, p.CueFirst));
    }

    /// <summary>Rule "sentence subject": "Gary Emineth, a former state party chairman, became a delegate and said …",
    /// "US President Barack Obama …, contrasting …" — a cue after "and" or a long parenthetical takes the phrase that
    /// opens its sentence (past a leading "On Monday,").</summary>
    private static (int First, int End) SentenceOpening(Word[] w, Unit unit, int cueFirst)
    {
        var k = unit.First;
        while (k < cueFirst && !w[k].IsWord) k++;
        if (k < cueFirst && w[k].Lower is "on" or "in" or "at" or "after" or "during" or "earlier" or "later" or "meanwhile")
            for (var j = k + 1; j < cueFirst && j < k + 8; j++)
                if (w[j].Mark == ',') { k = j + 1; break; }
        if (k >= cueFirst || w[k].Quote >= 0 || !w[k].IsWord) return (-1, -1);
        var (f, e) = (k, k);
        while (e < cueFirst && e < k + 6 && w[e].IsWord && w[e].Quote < 0 && !ClauseOpeners.Contains(w[e].Lower)) e++;
        return e > f ? (f, e) : (-1, -1);
    }

    /// <summary>A phrase of time words only: "Sunday", "on Sunday", "early" (before "on Saturday"), "early on Saturday".</summary>
    private static bool IsWhen(Word[] w, int first, int end)
    {
        if (end - first is < 1 or > 3) return false;
        var dated = false;
        for (var k = first; k < end; k++)
        {
            var x = w[k].Lower;
            if (CandidateReader.Weekdays.Contains(x) || x is "early" or "late" or "earlier" or "later") dated = true;
            else if (x is not ("on" or "last" or "this")) return false;
        }
        return dated;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "that", "who", "which", "and", "but", "while", "as", "because", "when", "if", "although", "though", "since", "where", "so", "whom", "whose",
    });

    /// <summary>Rule "plain subject": "The billionaire real estate magnate says …" — when the phrase rules find no subject
    /// (a head that is neither a name, a role word nor right after a determiner), the words between the clause's opening
    /// and the cue, up to six, are its subject (train: most learned hits with a wrong source had none at all).</summary>
    private static (int First, int End) ClauseOpening(Word[] w, Unit unit, int cueFirst)
    {
        var end = cueFirst;
        while (end > unit.First && w[end - 1].IsWord && w[end - 1].Quote < 0 && Phrases.Skippable.Contains(w[end - 1].Lower)) end--;
        // "… forces (early) on Sunday claimed": the day between subject and verb says when, not who.
        // Only when a word stands before it (the lower bound is one past the unit's first word).
        end -= CandidateReader.DayPhraseEndingAt(w, end - 1, unit.First + 1);
        var first = end;
        while (first > unit.First && first > end - 6 && w[first - 1].IsWord && w[first - 1].Quote < 0 && !ClauseOpeners.Contains(w[first - 1].Lower)) first--;
        if (first == end || first > unit.First && first == end - 6 && w[first - 1].IsWord) return (-1, -1);
        return (first, end);
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
