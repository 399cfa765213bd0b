namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: chrome no other rule names — menus, tag clouds, footers, "The Duran" signature above a donation box.
/// The article is one contiguous region and chrome clusters above and below it. Each line before the comment
/// thread scores: a paragraph +1 (more for long ones), a headline-shaped line 0, another short line −0.3, a
/// line already judged chrome −0.5; the region is the maximum-sum run (Kadane), so short lines between
/// paragraphs (datelines, bylines, subheads) stay and short lines around the article go. Then the region grows
/// up over headings below the title and down over short sentences ("Full article here.", seed 002).
/// Claimed lines inside the region keep their own reasons; free lines outside become chrome ("position").
/// </summary>
internal sealed class MainRegionRule : ILineRule
{
    public string Name => "position";

    public void Apply(PageState page)
    {
        int end = Math.Min(Math.Min(page.ThreadStart, page.ArticleEnd), page.Count);
        double best = double.NegativeInfinity, current = 0;
        int bestStart = 0, bestEnd = -1, start = 0;
        for (int i = 0; i < end; i++)
        {
            if (current <= 0) { current = 0; start = i; }
            current += Score(page, i);
            if (current > best) { best = current; bestStart = start; bestEnd = i; }
        }
        if (best <= 0) bestEnd = -1;
        else
        {
            while (bestStart > 0 && page.IsFree(bestStart - 1) && page.Lines[bestStart - 1].Stats.IsHeadingLike) bestStart--;
            while (bestEnd + 1 < end && page.IsFree(bestEnd + 1) && page.Lines[bestEnd + 1].Stats.EndsSentence) bestEnd++;
        }
        for (int i = 0; i < end; i++)
            if (i < bestStart || i > bestEnd) page.Claim(i, LineLabel.Chrome, Name);
    }

    /// <summary>Prose that lost its final full stop: long enough, full of function words.</summary>
    private static bool IsProseFragment(Text.LineStats stats) => stats.Words >= 8 && stats.StopWordDensity >= 0.15;

    private static double Score(PageState page, int i)
    {
        if (!page.IsFree(i)) return page.Labels[i] == LineLabel.Title ? 0 : -0.5;
        var stats = page.Lines[i].Stats;
        if (stats.IsParagraphLike) return 1 + Math.Min(stats.Words, 60) / 60.0;
        return stats.IsHeadingLike || IsProseFragment(stats) ? 0 : -0.3;
    }
}
