namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Reads attributions with a trained <see cref="AttributionModel"/>, in three steps that training and tuning reuse:
/// <see cref="Margins"/> scores every token as a cue; <see cref="Propose"/> joins adjacent tokens over the threshold
/// into cues and lets the chooser pick each cue's content; <see cref="Select"/> keeps the proposals that fill gaps in
/// the rules' output and do not overlap one another (PolNeAR gives each token to at most one attribution).
/// Stateless apart from the immutable model: safe to share between threads.
/// </summary>
public sealed class LearnedReader(AttributionModel model, CueLexicon cues, Phrases phrases)
{
    private readonly ContentChoices _choices = new(phrases);

    public AttributionModel Model => model;

    /// <summary>Each token's cue score (paragraph breaks: −∞).</summary>
    public float[] Margins(Word[] w, List<Unit> units, byte[] rules)
    {
        var margins = new float[w.Length];
        Array.Fill(margins, float.NegativeInfinity);
        var f = new Features(CueFeatures.Bits);
        var weights = model.CueWeights;
        foreach (var unit in units)
            for (var i = unit.First; i < unit.End; i++)
            {
                if (!IsCandidate(w, i)) continue;
                CueFeatures.Extract(w, i, unit, cues, f, rules[i]);
                margins[i] = f.Score(weights);
            }
        return margins;
    }

    /// <summary>Whether token <paramref name="i"/> is worth scoring (see <see cref="CueCandidates"/>): outside quotations
    /// (a quotation is a content, and PolNeAR gives each token to one attribution only), a word training saw in cues, a
    /// lexicon cue, another form of a cue word, or a word that opens a clause, a quotation or a noun complement.</summary>
    public bool IsCandidate(Word[] w, int i) => !w[i].IsBreak && w[i].Quote < 0
        && (model.CueWords.Contains(w[i].Lower) || cues.Match(w, i, _ => true) is not null || _candidates.Widened(w, i));

    private readonly CueCandidates _candidates = new(model.CueWords);

    public List<Proposal> Propose(Word[] w, List<Unit> units, float[] margins, float threshold)
    {
        var proposals = new List<Proposal>();
        var f = new Features(ChoiceFeatures.Bits);
        var choices = new List<ContentChoice>(4);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            for (var i = unit.First; i < unit.End; i++)
            {
                if (margins[i] <= threshold) continue;
                var end = i + 1;
                var score = margins[i];
                while (end < unit.End && margins[end] > threshold) score = Math.Max(score, margins[end++]);
                end = CuePhrase.Extend(w, unit, i, end, cues);
                if (Choose(w, unit, u + 1 < units.Count ? units[u + 1] : null, i, end, choices, f) is { } content) proposals.Add(new Proposal(u, i, end, score, content));
                i = end - 1;
            }
        }
        return proposals;
    }

    /// <summary>The best-scoring content for the cue [first, end), or null when the sentence offers none.</summary>
    public ContentChoice? Choose(Word[] w, Unit unit, Unit? next, int first, int end, List<ContentChoice> choices, Features f)
    {
        _choices.For(w, unit, next, first, end, choices);
        ContentChoice? best = null;
        var bestScore = float.NegativeInfinity;
        foreach (var c in choices)
        {
            ChoiceFeatures.Extract(w, unit, first, end, c, cues, f);
            var s = f.Score(model.ChoiceWeights);
            if (s > bestScore) { bestScore = s; best = c; }
        }
        return best;
    }

    /// <summary>The proposals that join <paramref name="existing"/> under <paramref name="policy"/>, best cue first,
    /// none overlapping another's cue or content; <paramref name="taken"/> (those that already overruled a rules' reading,
    /// <see cref="RulesOverride"/>) are kept first.</summary>
    public static List<Proposal> Select(Word[] w, List<Unit> units, List<Proposal> proposals, IReadOnlyList<Documents.Attribution> existing, CombinePolicy policy, IReadOnlyList<Proposal>? taken = null)
    {
        var kept = taken is null ? new List<Proposal>() : [.. taken];
        if (proposals.Count == 0) return kept;
        foreach (var p in proposals.OrderByDescending(p => p.Score))
        {
            var (cueStart, cueEnd) = (w[p.CueFirst].Start, w[p.CueEnd - 1].End);
            var (contentStart, contentEnd) = (w[p.Content.First].Start, w[p.Content.End - 1].End);
            if (policy == CombinePolicy.EmptySentences)
            {
                var unit = units[p.Unit];
                var (us, ue) = (w[unit.First].Start, w[unit.End - 1].End);
                if (existing.Any(a => Overlaps(a.Content.Start, a.Content.End, us, ue) || Overlaps(a.Cue.Start, a.Cue.End, us, ue))) continue;
            }
            else if (policy == CombinePolicy.NoOverlap && existing.Any(a => Touches(a, cueStart, cueEnd) || Touches(a, contentStart, contentEnd))) continue;
            if (kept.Any(k => Overlaps(w[k.Content.First].Start, w[k.Content.End - 1].End, contentStart, contentEnd)
                              || Overlaps(w[k.Content.First].Start, w[k.Content.End - 1].End, cueStart, cueEnd)
                              || Overlaps(w[k.CueFirst].Start, w[k.CueEnd - 1].End, contentStart, contentEnd))) continue;
            kept.Add(p);
        }
        kept.Sort((a, b) => a.CueFirst.CompareTo(b.CueFirst));
        return kept;
    }

    /// <summary>Under <see cref="CombinePolicy.ModelFirst"/>, the rules' attributions that touch no kept proposal; else all.</summary>
    public static List<Documents.Attribution> Surviving(Word[] w, List<Proposal> kept, IReadOnlyList<Documents.Attribution> existing, CombinePolicy policy)
    {
        if (policy != CombinePolicy.ModelFirst || kept.Count == 0) return existing.ToList();
        return existing.Where(a => !kept.Any(p =>
            Overlaps(a.Content.Start, a.Content.End, w[p.Content.First].Start, w[p.Content.End - 1].End)
            || Overlaps(a.Cue.Start, a.Cue.End, w[p.CueFirst].Start, w[p.CueEnd - 1].End))).ToList();
    }

    private static bool Touches(Documents.Attribution a, int start, int end) =>
        Overlaps(a.Content.Start, a.Content.End, start, end) || Overlaps(a.Cue.Start, a.Cue.End, start, end) || Overlaps(a.Source.Start, a.Source.End, start, end);

    private static bool Overlaps(int s1, int e1, int s2, int e2) => s1 < e2 && s2 < e1;
}
