using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>
/// Class and id names that templates give to chrome: share bars, related-story rails, newsletter and donation
/// boxes, cookie banners, sidebars, bylines, tag lists, ad slots. Readability's "unlikely candidates" with its
/// "ok maybe it's a candidate" escape, matched on name PARTS (split at space, '-' and '_') rather than raw
/// substrings, because substrings cut real content ("ad" in "header", "share" in "shareholders", "nav" in
/// "canvas"). Elements on the path to a structured content hint are never cut, and neither is an element
/// named like content ("article-body share-enabled"). Parts are looked up in hash sets (no regex per element).
/// </summary>
internal sealed class UnlikelyClassNames : IPruneRule
{
    private static readonly NameSet ChromeParts = new(
        "ad", "ads", "adv", "adsense", "adslot", "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "comments",
        "commentlist", "community", "disqus", "gdpr", "cookie", "cookies", "consent", "masthead", "menu", "navbar", "nav",
        "navigation", "pagination", "pager", "popup", "modal", "overlay", "remark", "replies", "rss", "sharing",
        "sharedaddy", "skyscraper", "subscription", "signup", "tag", "tags", "tagcloud", "toolbar", "outbrain", "taboola",
        "donate", "donation", "donations", "popover", "tooltip", "hovercard", "byline", "bylines", "authorbio",
        "readmore", "trending", "next", "prev", "previous", "mostpopular", "popular", "addtoany", "print", "email",
        "follow", "footer", "header", "teaser", "upsell", "rating", "ratings", "reaction", "reactions", "breaking",
        "ticker", "login", "register", "search", "cta", "announcement", "notice", "alert", "credit", "credits",
        // two-part names, looked up joined ("read-more", "author_bio")
        "morestories", "aboutauthor", "authorinfo", "mostread", "moreon", "relatedcontent", "youmayalsolike");

    // Parts that name chrome by their start: "relatedposts", "shareBar", "sidebarWidget", "yarpp_related".
    private static readonly string[] ChromePrefixes =
    [
        "advert", "promo", "related", "recommend", "share", "social", "sidebar", "sponsor", "subscribe", "newsletter",
        "widget", "yarpp", "vote", "latest", "crp_related", "a2a",
    ];

    // Parts that say "this is the story" and veto a chrome match on the same element.
    private static readonly NameSet ContentParts = new("body", "content", "entry", "main", "text", "postbody", "postcontent", "articlebody", "itemprop");
    private static readonly string[] ContentPrefixes = ["article", "story"];

    public bool AppliesToBareElements => false;

    public string? Why(IElement element, in ElementNames names, PruneContext context)
    {
        if (element.LocalName is "body" or "html" or "a" or "p" || context.IsProtected(element)) return null;
        var cls = Read(names.Class);
        var id = Read(names.Id);
        if (cls.Content || id.Content) return null;
        return (cls.Reason ?? id.Reason) is { } reason ? reason : null;
    }

    /// <summary>What one class or id value says: the log reason for its first chrome part (before any content
    /// part), and whether it has a content part. Kept per thread by value: a page repeats its class values
    /// (every menu item, every teaser), and splitting and looking up every part was the pruner's largest cost.
    /// Cleared when full, so a page of unique names cannot grow it.</summary>
    private static (string? Reason, bool Content) Read(string? value)
    {
        if (string.IsNullOrEmpty(value)) return default;
        var answers = t_answers ??= new Dictionary<string, (string?, bool)>();
        if (answers.TryGetValue(value, out var answer)) return answer;
        string? chrome = null;
        bool content = false;
        Scan(value, ref chrome, ref content);
        answer = (chrome is null ? null : "chrome class '" + chrome + "'", content);
        if (answers.Count >= MaxAnswers) answers.Clear();
        answers[value] = answer;
        return answer;
    }

    [ThreadStatic] private static Dictionary<string, (string?, bool)>? t_answers;
    private const int MaxAnswers = 8192;

    private static void Scan(string names, ref string? chrome, ref bool content)
    {
        var rest = names.AsSpan();
        Span<char> pair = stackalloc char[64];
        ReadOnlySpan<char> previous = default;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(" \t\n\r\f-_");
            var part = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (part.IsEmpty) continue;
            if (ContentParts.Contains(part) || StartsWithAny(part, ContentPrefixes)) { content = true; return; }
            if (chrome is null && (ChromeParts.Contains(part) || StartsWithAny(part, ChromePrefixes) || IsNumberedAd(part)))
                chrome = part.ToString();
            if (chrome is null && !previous.IsEmpty && previous.Length + part.Length <= pair.Length)
            {
                previous.CopyTo(pair);
                part.CopyTo(pair[previous.Length..]);
                var joined = pair[..(previous.Length + part.Length)];
                if (ChromeParts.Contains(joined)) chrome = joined.ToString();
            }
            previous = part;
        }
    }

    private static bool StartsWithAny(ReadOnlySpan<char> part, string[] prefixes)
    {
        foreach (var p in prefixes)
            if (part.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "ad300", "ad1": numbered ad slots.
    private static bool IsNumberedAd(ReadOnlySpan<char> part) =>
        part.Length > 2 && (part[0] is 'a' or 'A') && (part[1] is 'd' or 'D') && char.IsDigit(part[2]);
}
