namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Where the rules have already read an attribution, per token, as the cue classifier's second-pass evidence: the
/// model's attributions only count where they touch none of the rules' spans (<see cref="CombinePolicy.NoOverlap"/>),
/// so what it needs to know is how a word behaves next to, inside or away from what the rules found — a "said" in a
/// sentence the rules left empty is a different bet from a "said" inside a content the rules already hold.
/// </summary>
public static class RulesCoverage
{
    public const byte Elsewhere = 0, SameSentence = 1, InContent = 2, InCue = 3, InSource = 4;

    /// <summary>Each token's relation to the rules' attributions (<see cref="Elsewhere"/> … <see cref="InSource"/>).</summary>
    public static byte[] Of(Word[] w, List<Unit> units, IReadOnlyList<Documents.Attribution> found)
    {
        var code = new byte[w.Length];
        if (found.Count == 0) return code;
        foreach (var a in found)
        {
            Mark(w, code, a.Content.Start, a.Content.End, InContent);
            Mark(w, code, a.Source.Start, a.Source.End, InSource);
            Mark(w, code, a.Cue.Start, a.Cue.End, InCue);
        }
        foreach (var unit in units)
        {
            var any = false;
            for (var k = unit.First; k < unit.End && !any; k++) any = code[k] != Elsewhere;
            if (!any) continue;
            for (var k = unit.First; k < unit.End; k++) if (code[k] == Elsewhere) code[k] = SameSentence;
        }
        return code;
    }

    /// <summary>Under <see cref="CombinePolicy.NoOverlap"/>, a learned cue that touches a rules' cue, content or source is
    /// dropped whatever content the chooser would give it; its run of tokens over the threshold (one proposal) is set to
    /// −∞ here so that the chooser is never asked (the same output, and the chooser's work on cues the rules already
    /// hold was a third of the learned stage's time at the tuned threshold).</summary>
    public static void MaskHeld(float[] margins, List<Unit> units, byte[] code, float threshold)
    {
        foreach (var unit in units)
            for (var i = unit.First; i < unit.End; i++)
            {
                if (margins[i] <= threshold) continue;
                var end = i;
                var held = false;
                while (end < unit.End && margins[end] > threshold) held |= code[end++] >= InContent;
                if (held) for (var k = i; k < end; k++) margins[k] = float.NegativeInfinity;
                i = end - 1;
            }
    }

    private static void Mark(Word[] w, byte[] code, int start, int end, byte value)
    {
        if (end <= start) return;
        for (var k = Word.FirstEndingAfter(w, start); k < w.Length && w[k].Start < end; k++) code[k] = value;
    }
}
