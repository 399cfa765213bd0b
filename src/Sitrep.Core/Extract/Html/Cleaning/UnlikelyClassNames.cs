using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>
/// Class and id names that templates give to chrome: share bars, related-story rails, newsletter and donation
/// boxes, cookie banners, sidebars, bylines, tag lists, ad slots. Readability's "unlikely candidates" with its
/// "ok maybe it's a candidate" escape, matched on name PARTS (split at space, '-' and '_') rather than raw
/// substrings, because substrings cut real content ("ad" in "header", "share" in "shareholders", "nav" in
/// "canvas"). Elements on the path to a structured content hint are never cut, and neither is an element
/// named like content ("article-body share-enabled").
/// </summary>
internal sealed partial class UnlikelyClassNames : IPruneRule
{
    // Whole name parts (case-insensitive) that name chrome.
    [GeneratedRegex(@"(?:^|[\s_-])(?:ads?|adv|advert\w*|adsense|adslot|ad\d+|banner|breadcrumbs?|combx|comments?|commentlist|community|disqus|gdpr|cookies?|consent|masthead|menu|navbar|nav|navigation|pagination|pager|popup|modal|overlay|promo\w*|related\w*|recommend\w*|remark|replies|rss|share\w*|sharing|sharedaddy|social\w*|sidebar\w*|skyscraper|sponsor\w*|subscribe\w*|subscription|newsletter\w*|signup|sign-up|widget\w*|tags?|tagcloud|toolbar|outbrain|taboola|donate|donation|donations|popover|tooltip|hovercard|byline|bylines|author-bio|authorbio|about-author|read-?more|readmore|more-stories|trending|latest\w*|next|prev|previous|nav-links|most-popular|mostpopular|popular|jp-relatedposts|yarpp\w*|crp_related|addtoany|a2a_kit|print|email|follow|footer|header|teaser|upsell|vote\w*|rating|ratings|reactions?|breaking|ticker|login|register|search|cta|announcement|notice|alert|hidden-print|credits?)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chrome();

    // Name parts that say "this is the story" and veto a chrome match on the same element.
    [GeneratedRegex(@"(?:^|[\s_-])(?:article\w*|body|content|entry|main|story\w*|text|post-?body|post-?content|articlebody|itemprop)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Content();

    public string? Why(IElement element, PruneContext context)
    {
        if (element.LocalName is "body" or "html" or "a" or "p" || context.Protected.Contains(element)) return null;
        var names = Tags.ClassAndId(element);
        if (names.Length == 0) return null;
        var chrome = Chrome().Match(names);
        if (!chrome.Success || Content().IsMatch(names)) return null;
        return "chrome class '" + chrome.Value.Trim(' ', '-', '_') + "'";
    }
}
