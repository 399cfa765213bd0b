namespace Sitrep.Analyse.Attributions.Clauses;

/// <summary>
/// Rule "quotation continues in the next paragraph": "“… go away,” he said.⏎“They’re not going to pack up their bags …”" —
/// a paragraph that is one quotation and nothing else, right after a paragraph whose last reading ended in a quotation,
/// goes on with the same speaker's words; PolNeAR's content runs on into it (issue 5, the "too short" side: train contents
/// that stopped at the paragraph end).
/// </summary>
public static class QuoteContinuation
{
    /// <summary>Whether <paramref name="unit"/> (a quotation-only unit, checked by the caller) may continue a reading in
    /// paragraph <paramref name="lastParagraph"/> whose content ends at <paramref name="lastContentEnd"/>.</summary>
    public static bool Continues(Word[] w, Unit unit, int[] paragraphs, int lastParagraph, int lastContentEnd)
    {
        var p = paragraphs[unit.First];
        if (p == lastParagraph) return true;
        // Only the paragraph right after the cue's: chaining further paragraphs lost hits on train (12722 -> 12717).
        if (p != lastParagraph + 1) return false;
        // The quotation opens its paragraph and fills it.
        if (unit.First > 0 && !w[unit.First - 1].IsBreak) return false;
        if (unit.End < w.Length && !w[unit.End].IsBreak) return false;
        // The last reading's content ended in a quotation.
        for (var k = unit.First - 1; k >= 0; k--)
        {
            if (w[k].End > lastContentEnd) continue;
            return (w[k].Quote >= 0 || k > 0 && w[k - 1].Quote >= 0 && w[k].Kind == WordKind.Punct);
        }
        return false;
    }
}
