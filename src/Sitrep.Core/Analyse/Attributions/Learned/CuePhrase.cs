namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Rule "whole cue phrase": a learned cue is a run of tokens over the threshold, and a multi-word cue can pass it only in
/// part — "According" without "to", "said" without "in a statement". The run is widened over an "according to" phrase
/// that starts inside it and over an extension phrase right after it ("said [in a statement]", PolNeAR's cue), so that
/// the content choices never start inside the phrase (issue 5: "According" with the content "to Almasdar, …").
/// Widening over every multi-word lexicon cue ("called for", "pointed out") instead lowered dev F1 with an unchanged
/// model (.705 -> .701) for no gain on 7-fold train.
/// </summary>
public static class CuePhrase
{
    /// <summary>The end of the cue [<paramref name="first"/>, <paramref name="end"/>) widened over the phrase it opens.</summary>
    public static int Extend(Word[] w, Unit unit, int first, int end, CueLexicon cues)
    {
        for (var k = first; k < end; k++)
            if (cues.Match(w, k, kind => kind == CueKind.According) is { Length: > 1 } m && k + m.Length > end && k + m.Length <= unit.End)
                end = k + m.Length;
        if (end < unit.End && cues.Match(w, end, kind => kind == CueKind.Extension) is { } x && end + x.Length <= unit.End) end += x.Length;
        return end;
    }
}
