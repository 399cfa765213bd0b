namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "outlet in the opening": "In an interview with RT, the minister added …", "Speaking to Sputnik, Silo said …",
/// "In comments to TASS on Monday, the general claimed …" — the outlet the words were given to opens the sentence
/// rather than following the cue ("told Sputnik"), and carries them all the same.
/// </summary>
public static class OpeningOutlet
{
    private static readonly string[][] Frames =
    [
        ["in", "an", "interview", "with"], ["in", "an", "interview", "to"], ["in", "an", "exclusive", "interview", "with"],
        ["in", "comments", "to"], ["in", "a", "statement", "to"], ["speaking", "to"], ["speaking", "with"], ["talking", "to"],
        ["in", "remarks", "to"], ["writing", "in"], ["in", "an", "op-ed", "for"], ["in", "an", "article", "for"],
    ];

    /// <summary>The outlet phrase [First, End) of a frame opening <paramref name="unit"/> before the source at
    /// <paramref name="sourceFirst"/>, or (-1, -1).</summary>
    public static (int First, int End) Find(Word[] w, Unit unit, int sourceFirst)
    {
        if (sourceFirst <= unit.First) return (-1, -1);
        foreach (var frame in Frames)
        {
            var k = unit.First;
            var match = true;
            foreach (var part in frame)
            {
                if (k >= sourceFirst || !w[k].IsWord || w[k].Lower != part) { match = false; break; }
                k++;
            }
            if (!match) continue;
            var end = k;
            while (end < sourceFirst && w[end].IsWord && w[end].Quote < 0 && end < k + 6) end++;
            return end > k && end < sourceFirst && w[end].Mark == ',' ? (k, end) : (-1, -1);
        }
        return (-1, -1);
    }
}
