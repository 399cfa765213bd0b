using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// Regions of a page whose dates are not the article's: reader comments, sidebars, related-article
/// lists, navigation, and the Wayback Machine's toolbar (id "wm-ipp") on archived copies.
/// ("teaser" and "widget" are not markers: German CMSs call the lede a teaser,
/// Blogger puts the whole post in a widget.) A date found there belongs to another text (a comment, a teaser).
/// </summary>
public static partial class PageRegions
{
    [GeneratedRegex(@"comment|sidebar|side-bar|related|recent|popular|trending|recommend|more-news|disqus|reply|respond|wm-ipp", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignMarker();

    // Layout modifiers name a region that the element HAS, not one it IS: "has-sidebar", "gallery__with-sidebar",
    // "layoutTwoColumnsRightSidebar", "comment-count"; WordPress taxonomy classes ("tag-popular") label the post.
    [GeneratedRegex(@"^(?:has|with|no|show|hide|without|layout|page|body|template|is|site|col|grid|wrap)|[-_](?:has|with|no|without)[-_]|^(?:tag|category|categories|format|status|type)-|count|number|num\b|link|icon|btn|button", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifierToken();

    private static readonly HashSet<string> ForeignTags = new(StringComparer.OrdinalIgnoreCase) { "aside", "nav" };

    public static bool IsForeign(IElement e)
    {
        if (ForeignTags.Contains(e.LocalName)) return true;
        if (e.LocalName is "html" or "body" or "main") return false;
        var marker = MarkerOf(e);
        if (marker.Length == 0 || !ForeignMarker().IsMatch(marker)) return false;
        foreach (var token in marker.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (ForeignMarker().IsMatch(token) && !ModifierToken().IsMatch(token)) return true;
        return false;
    }

    /// <summary>True when the element or one of its ancestors is a foreign region.</summary>
    public static bool InForeignRegion(IElement e)
    {
        for (var x = e; x is not null && x.LocalName != "body"; x = x.ParentElement)
            if (IsForeign(x)) return true;
        return false;
    }

    /// <summary>
    /// True inside the site's own header or footer (a &lt;header&gt;/&lt;footer&gt; that is not part of an
    /// article): their dates are the site's ("today is Wednesday, 9 February"), not the story's.
    /// </summary>
    public static bool InSiteChrome(IElement e)
    {
        IElement? chrome = null;
        for (var x = e; x is not null && x.LocalName != "body"; x = x.ParentElement)
        {
            if (x.LocalName is "article" or "main") return false;
            if (x.LocalName is "header" or "footer") chrome = x;
        }
        return chrome is not null;
    }

    private static string MarkerOf(IElement e)
    {
        var id = e.Id;
        var cls = e.GetAttribute("class");
        if (string.IsNullOrEmpty(id)) return cls ?? "";
        return string.IsNullOrEmpty(cls) ? id : id + " " + cls;
    }
}
