using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Content;

/// <summary>
/// Chooses the article container: structured hints first, checked against the density score (trafilatura's
/// compare_extraction): a hint that holds less than half the text of the scored container is a teaser,
/// summary or one fragment of the story, so the scored container wins; otherwise the hint wins, since
/// publishers' own markup is more precise than any score. All paragraphs is the last resort.
/// </summary>
internal static class ContentLocator
{
    public const double HintShare = 0.5;

    public static ContentChoice? Locate(IElement root, List<IElement>[] hints, StatsTable stats)
    {
        var hint = ContentHints.Find(root, hints, stats);
        var scored = DensityScoring.Find(root, stats);
        if (hint is not null && (hint.Decisive || scored is null || hint.TextChars >= scored.TextChars * HintShare)) return hint;
        if (scored is not null && scored.TextChars >= ContentHints.MinChars) return scored;
        var paragraphs = AllParagraphs.Find(root, stats);
        return Best(hint, scored, paragraphs);
    }

    private static ContentChoice? Best(params ContentChoice?[] choices)
    {
        ContentChoice? best = null;
        foreach (var c in choices)
            if (c is not null && (best is null || c.TextChars > best.TextChars)) best = c;
        return best;
    }
}
