using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Render;

/// <summary>
/// Related-story lists and tag clouds inside the story container: lists, tables and divs whose text is mostly
/// link text (Readability's _cleanConditionally link-density test; jusText's "link density &gt; 0.2 is bad").
/// A heading that is nothing but one link ("Putin meets Erdogan in Sochi") is a teaser too.
/// Prose with a few citations stays: the thresholds only catch blocks that are at least half links.
/// </summary>
internal sealed class LinkLists : IBlockFilter
{
    public string? Why(IElement element, StatsTable stats)
    {
        var s = stats[element];
        if (s.Text == 0) return null;
        switch (element.LocalName)
        {
            case "ul" or "ol" or "dl" or "table" or "div" or "section" or "figure":
                return s.LinkDensity > 0.5 ? "link list" : null;
            case "p" when s.Links >= 3 && s.LinkDensity > 0.8:
                // "calendario stock car 2018, stock car brasil, ...": a line of several links is a tag list.
                return "tag list";
            case "h2" or "h3" or "h4" or "h5" or "h6":
                // A heading that is all link is a teaser headline; a paragraph that is all link is as often the
                // author's own list of sources or products, so paragraphs are left to the lexicon.
                return s.LinkDensity > 0.9 && s.Text < 120 ? "link-only heading" : null;
            default:
                return null;
        }
    }
}
