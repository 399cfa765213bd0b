using System.Buffers;
using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Content;

/// <summary>
/// Structured hints, strongest first (trafilatura's BODY_XPATH cascade): microdata and the class names
/// publishing systems give the story container, then &lt;article&gt;, then weaker "story"/"content" names,
/// then the main landmark. Each tier picks its match with the most text and, when the story is split into
/// several sibling containers around ads (the same class repeated), takes those siblings too.
/// </summary>
internal static class ContentHints
{
    /// <summary>Below this many visible characters a hint is a teaser or an empty shell, not the story.</summary>
    public const int MinChars = 200;

    private static readonly string[] Tier1Names =
    [
        "articlebody", "article-body", "article_body", "article__body", "article-content", "article_content",
        "article__content", "articlecontent", "article-text", "article_text", "articletext", "article__text",
        "entry-content", "entry_content", "entrycontent", "post-content", "post_content", "postcontent", "post-body",
        "post_body", "postbody", "post-entry", "postentry", "post-text", "post_text", "posttext", "story-body",
        "story_body", "storybody", "story-content", "storycontent", "story-text", "body-text", "bodytext",
        "article-main", "news-body", "news-content", "news-text", "newsbody", "text-content", "td-post-content",
        "field-body", "field-name-body", "c-entry-content", "rich-text", "richtext", "article-detail", "detail-body",
        "content-body", "content__body", "contentbody", "single-content", "blog-content", "the-content", "fulltext",
        "full-text", "main-text", "maintext", "art-content", "article__container", "post-single-content",
        "entry-body", "single-post-content", "content-text", "article-entry", "articletext",
    ];

    private static readonly string[] Tier3Names =
    [
        "main-content", "maincontent", "main_content", "content-main", "content_main", "page-content", "pagecontent",
        "primary-content", "single-post", "story", "content",
    ];

    public static string TierName(int tier) => tier switch
    {
        0 => "itemprop=articleBody",
        1 => "content class name",
        2 => "<article>",
        3 => "weak content class name",
        _ => "main landmark",
    };

    /// <summary>The tier (0 best .. 4) an element's markup puts it in, or -1.</summary>
    public static int TierOf(IElement e)
    {
        var itemprop = e.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return 0;
        var names = Tags.ClassAndId(e);
        if (names.Length > 0 && ContainsAny(names, Tier1)) return 1;
        if (e.LocalName == "article") return 2;
        if (names.Length > 0 && ContainsAny(names, Tier3) && e.LocalName is "div" or "section" or "main" or "td") return 3;
        if (e.LocalName == "main" || string.Equals(e.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase)) return 4;
        return -1;
    }

    /// <summary>Elements of the strongest tiers (0 and 1) with enough text: the pruner keeps their ancestors.</summary>
    public static HashSet<IElement> ProtectedPaths(IElement root, StatsTable stats)
    {
        var set = new HashSet<IElement>();
        DomWalk.Walk(root, n =>
        {
            if (n is not IElement e) return false;
            if (TierOf(e) is 0 or 1 && stats[e].Text >= MinChars)
                for (IElement? a = e; a is not null && set.Add(a); a = a.ParentElement) { }
            return true;
        });
        return set;
    }

    /// <summary>The first tier that yields a container with enough text.</summary>
    public static ContentChoice? Find(IElement root, StatsTable stats)
    {
        var tiers = new List<IElement>[5];
        for (int i = 0; i < tiers.Length; i++) tiers[i] = [];
        DomWalk.Walk(root, n =>
        {
            if (n is not IElement e) return false;
            int tier = TierOf(e);
            if (tier >= 0) tiers[tier].Add(e);
            return true;
        });
        // Tiers 0 and 1 are equally specific; itemprop wins only on equal text.
        var strong = new List<IElement>(tiers[0]);
        strong.AddRange(tiers[1]);
        if (Pick(strong, stats, "content hint (" + TierName(tiers[0].Count > 0 ? 0 : 1) + ")", mergeSplit: true) is { } c) return c;
        for (int t = 2; t < tiers.Length; t++)
            // Separate <article>s are separate compositions (HTML §4.3.2): never merged.
            if (Pick(tiers[t], stats, "content hint (" + TierName(t) + ")", mergeSplit: t != 2) is { } choice) return choice;
        return null;
    }

    /// <summary>How far up from the chosen container a split-off part of the story may sit (Wired-style
    /// templates wrap each body fragment in its own grid row).</summary>
    private const int SplitLevels = 3;

    private static ContentChoice? Pick(List<IElement> matches, StatsTable stats, string rule, bool mergeSplit)
    {
        IElement? best = null;
        int bestText = 0;
        // Matches come in document order, so an outer container is seen before the ones nested in it.
        foreach (var m in matches)
        {
            int text = stats[m].Text;
            bool replace = best is null
                // entry-content inside post-content: the inner one keeps wrappers' bylines and share bars out,
                // unless the outer holds clearly more of the story.
                || (DomTree.IsAncestor(best, m) ? text >= bestText * 0.9 : text > bestText);
            if (!replace) continue;
            best = m;
            bestText = text;
        }
        if (best is null) return null;
        var feedHead = FirstOfFeed(best, matches, stats);
        bool decisive = feedHead != best;
        best = feedHead;
        bestText = stats[best].Text;
        if (bestText < MinChars || stats[best].LinkDensity > 0.5) return null;
        var roots = new List<IElement>();
        int total = 0;
        foreach (var m in matches)
        {
            bool take = m == best || mergeSplit && IsSplitPart(m, best, roots, stats);
            if (!take) continue;
            roots.Add(m);
            total += stats[m].Text;
        }
        return new ContentChoice(roots, decisive ? rule + ", first of a feed" : rule, total, decisive);
    }

    /// <summary>
    /// A container holding two or more containers of its own kind is a feed (an infinite-scroll page of
    /// posts, a blog index): the story is the first inner one. HTML §4.3.2: each &lt;article&gt; is "a complete,
    /// or self-contained, composition"; the one the page is about comes first.
    /// </summary>
    private static IElement FirstOfFeed(IElement best, List<IElement> matches, StatsTable stats)
    {
        IElement? first = null;
        int inner = 0;
        IElement? last = null;
        foreach (var m in matches)
        {
            if (m == best || !DomTree.IsAncestor(best, m) || last is not null && DomTree.IsAncestor(last, m)) continue;
            last = m;
            inner++;
            if (first is null && stats[m].Text >= MinChars) first = m;
        }
        return inner >= 2 && first is not null ? first : best;
    }

    /// <summary>A story split around ad slots: another container with the same markup, close to the chosen
    /// one in the tree (sharing an ancestor at most <see cref="SplitLevels"/> levels up), with prose in it.</summary>
    private static bool IsSplitPart(IElement m, IElement best, List<IElement> taken, StatsTable stats)
    {
        if (stats[m].Text < 50 || stats[m].LinkDensity >= 0.5) return false;
        if (DomTree.IsAncestorOrSelf(m, best) || DomTree.IsAncestor(best, m)) return false;
        foreach (var t in taken)
            if (DomTree.IsAncestorOrSelf(t, m) || DomTree.IsAncestor(m, t)) return false;
        var a = best.ParentElement;
        for (int level = 0; a is not null && level < SplitLevels; level++, a = a.ParentElement)
            if (DomTree.IsAncestor(a, m)) return true;
        return false;
    }

    private static readonly SearchValues<string> Tier1 = SearchValues.Create(Tier1Names, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Tier3 = SearchValues.Create(Tier3Names, StringComparison.OrdinalIgnoreCase);

    private static bool ContainsAny(string names, SearchValues<string> needles) => names.AsSpan().IndexOfAny(needles) >= 0;
}
