namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// The dense signals of one final reading for the <see cref="BoostedTrees"/> rescorer: numbers a tree can cut and combine
/// (the perceptron of <see cref="ReadingRescorer"/> sees hashed indicators only and adds them up): the model's cue score
/// and the strongest cue score inside the content and elsewhere in the sentence (a rival reading), the chooser's scores of
/// the reading's own content and of its best and second candidates (is the content the one the chooser would cut?), the
/// content's length, position and quoting, the sentence's place and crowding, the source's form, the lexicon's class and
/// strength of the cue, and the perceptron's own score. Computed alike by the trainer (draft model, held-out articles) and the stage.
/// </summary>
public sealed class ReadingSignals(AttributionModel model, CueLexicon cues, Phrases phrases)
{
    public const int Count = 34;
    private const float Absent = -30f;

    private readonly ContentChoices _choices = new(phrases);

    /// <summary>Each reading's signals; <paramref name="linear"/> is the perceptron's score of each (0 when there is none).</summary>
    public float[][] Of(Word[] w, List<Unit> units, IReadOnlyList<ReadingRescorer.Reading> readings, float[] margins, float[] linear)
    {
        var others = ReadingRescorer.Crowding(w, units, readings);
        var result = new float[readings.Count][];
        var f = new Features(ChoiceFeatures.Bits);
        var choices = new List<ContentChoice>(8);
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            var x = result[i] = new float[Count];
            var learned = r.Kind == "learned";
            x[0] = learned ? 1 : 0;
            x[1] = r.Kind switch { "direct" => 1, "indirect" => 2, "mixed" => 3, "according_to" => 4, "learned" => 5, _ => 0 };
            var cf = RulesCut.FirstEndingAfter(w, r.Cue.Start);
            var ce = cf;
            var cueScore = Absent;
            var cueWords = 0;
            while (ce < w.Length && w[ce].Start < r.Cue.End)
            {
                if (w[ce].IsWord) { cueWords++; if (margins[ce] > cueScore) cueScore = margins[ce]; }
                ce++;
            }
            x[2] = cueScore;
            x[3] = cueWords;
            var match = cf < w.Length ? cues.Match(w, cf, _ => true) : null;
            x[4] = match is { } m ? m.Strength : -1;
            x[5] = match is { } m2 ? (int)m2.Kind : -1;
            var content = RulesCut.Of(w, r.Content);
            var words = 0;
            var quoted = 0;
            var innerCue = Absent;
            if (content.Exists)
                for (var k = content.First; k < content.End; k++)
                {
                    if (!w[k].IsWord) continue;
                    words++;
                    if (w[k].Quote >= 0) quoted++;
                    if (margins[k] > innerCue) innerCue = margins[k];
                }
            x[6] = words;
            x[7] = words == 0 ? 0 : (float)quoted / words;
            x[8] = !content.Exists ? -1 : content.End <= cf ? 1 : content.First >= ce ? 0 : 2;
            x[9] = !content.Exists ? 0 : content.First >= ce ? content.First - ce : content.End <= cf ? cf - content.End : 0;
            var end = content.Exists ? content.End : ce;
            var last = end - 1;
            x[10] = end >= w.Length || w[end].IsBreak || last >= 0 && w[last].Mark is '.' or '?' or '!' || end < w.Length && w[end].Mark is '.' or '?' or '!' or '"' or '”' ? 1 : 0;
            x[11] = innerCue;
            var u = ReadingFeatures.UnitOf(units, cf);
            var unit = u < units.Count ? units[u] : new Unit(cf, Math.Min(w.Length, cf + 1));
            var unitWords = 0;
            var rival = Absent;
            for (var k = unit.First; k < unit.End; k++)
            {
                if (!w[k].IsWord) continue;
                unitWords++;
                var inside = k >= cf && k < ce || content.Exists && k >= content.First && k < content.End;
                if (!inside && margins[k] > rival) rival = margins[k];
            }
            x[12] = Math.Min(u, 30);
            x[13] = unitWords;
            x[14] = unitWords == 0 ? 0 : (float)words / unitWords;
            x[15] = rival;
            x[16] = others[i];
            x[17] = ReadingFeatures.SourceForm(w, r.Source);
            x[18] = r.Source.End > r.Source.Start ? CountWords(w, r.Source) : 0;
            x[19] = cf < w.Length && w[cf].Quote >= 0 ? 1 : 0;
            x[20] = cf - unit.First;
            x[21] = linear[i];
            Chooser(w, units, u, cf, ce, content, learned, choices, f, x);
            x[33] = cueScore - rival;
        }
        return result;
    }

    /// <summary>x[22..32]: the chooser's view of the cue: its candidates, the best and second scores, the reading's own
    /// content scored as a candidate (as the swap scores the rules' cut), and the gaps between them.</summary>
    private void Chooser(Word[] w, List<Unit> units, int u, int cf, int ce, RulesCut content, bool learned, List<ContentChoice> choices, Features f, float[] x)
    {
        for (var k = 22; k <= 32; k++) x[k] = Absent;
        x[22] = 0;
        if (u >= units.Count || ce > units[u].End || cf >= ce) return;
        _choices.For(w, units[u], u + 1 < units.Count ? units[u + 1] : null, cf, ce, choices);
        x[22] = choices.Count;
        if (choices.Count == 0) return;
        var cut = learned || !content.Exists ? RulesCut.None : content;
        float best = float.NegativeInfinity, second = float.NegativeInfinity, own = float.NaN;
        var bestKind = -1;
        var ownKind = -1;
        foreach (var c in choices)
        {
            ChoiceFeatures.Extract(w, units[u], cf, ce, c, cues, f, cut);
            var s = f.Score(model.ChoiceWeights);
            if (c.First == content.First && c.End == content.End) { own = s; ownKind = (int)c.Kind; }
            if (s > best) { second = best; best = s; bestKind = (int)c.Kind; }
            else if (s > second) second = s;
        }
        if (float.IsNaN(own) && cut.Exists)
        {
            ChoiceFeatures.Extract(w, units[u], cf, ce, RulesContentSwap.AsChoice(cut, ce), cues, f, cut);
            own = f.Score(model.ChoiceWeights);
            ownKind = 20;
        }
        x[23] = best;
        x[24] = float.IsNegativeInfinity(second) ? Absent : second;
        x[25] = float.IsNegativeInfinity(second) ? 50 : best - second;
        x[26] = float.IsNaN(own) ? Absent : own;
        x[27] = float.IsNaN(own) ? 50 : best - own;
        x[28] = ownKind;
        x[29] = bestKind;
        x[30] = float.IsNaN(own) ? -1 : own >= best ? 1 : 0;
        x[31] = choices.Count(c => c.First >= ce);
        x[32] = choices.Exists(c => c.Kind == ChoiceKind.Quote) ? 1 : 0;
    }

    private static int CountWords(Word[] w, Documents.TextSpan span)
    {
        var n = 0;
        for (var k = Word.FirstEndingAfter(w, span.Start); k < w.Length && w[k].Start < span.End; k++) if (w[k].IsWord) n++;
        return n;
    }
}
