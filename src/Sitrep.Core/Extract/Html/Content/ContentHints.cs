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


    public static string TierName(int tier) => tier switch
    {
        0 => "itemprop=articleBody",
        1 => "content class name",
        2 => "<article>",
        3 => "weak content class name",
        _ => "main landmark",
    };

    /// <summary>The tier (0 best .. 4) an element's markup puts it in, or -1.</summary>
    public static int TierOf(IElement e) => TierOf(e, ElementNames.Of(e));

    /// <param name="names">The element's naming attributes, when the caller has read them already.</param>
    public static int TierOf(IElement e, in ElementNames names)
    {
        if (e.Attributes.Length == 0) return e.LocalName switch { "article" => 2, "main" => 4, _ => -1 };
        var itemprop = names.ItemProp;
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return 0;
        var named = ContentClassNames.Match(names.Class) | ContentClassNames.Match(names.Id);
        if ((named & ContentClassNames.Strong) != 0) return 1;
        if (e.LocalName == "article") return 2;
        if (e.LocalName is "div" or "section" or "main" or "td" && (named & ContentClassNames.Weak) != 0) return 3;
        if (e.LocalName == "main" || string.Equals(names.Role, "main", StringComparison.OrdinalIgnoreCase)) return 4;
        return -1;
    }

    /// <summary>Every hinted element of the page by tier, in page order; tiers 0 and 1 (equally specific:
    /// microdata and content class names) share list 1. Gathered once, before pruning.</summary>
    public static List<IElement>[] NewIndex()
    {
        var tiers = new List<IElement>[5];
        for (int i = 0; i < tiers.Length; i++) tiers[i] = [];
        return tiers;
    }

    /// <summary>Adds one element to the index (called from a walk in page order).</summary>
    public static void AddToIndex(List<IElement>[] tiers, IElement e, in ElementNames names)
    {
        int tier = TierOf(e, names);
        if (tier >= 0) tiers[tier == 0 ? 1 : tier].Add(e);
        if (tier == 0) tiers[0].Add(e);
    }

    /// <summary>Strong hints (tiers 0 and 1) with enough text: the pruner keeps them and their ancestors.</summary>
    public static void ProtectPaths(IElement root, List<IElement>[] index, StatsTable stats)
    {
        foreach (var e in Attached(index[1], root))
            if (stats[e].Text >= MinChars)
                for (IElement? a = e; a is not null && !stats.IsProtected(a); a = a.ParentElement) stats.Protect(a);
    }

    /// <summary>The first tier that yields a container with enough text, among the hinted elements that
    /// survived pruning.</summary>
    public static ContentChoice? Find(IElement root, List<IElement>[] index, StatsTable stats)
    {
        var strong = Attached(index[1], root);
        string strongName = "content hint (" + TierName(Attached(index[0], root).Count > 0 ? 0 : 1) + ")";
        if (Pick(strong, stats, strongName, compositions: false) is { } c) return c;
        for (int t = 2; t < index.Length; t++)
            // <article>s are compositions (HTML §4.3.2): never merged as split parts of one story.
            if (Pick(Attached(index[t], root), stats, "content hint (" + TierName(t) + ")", compositions: t == 2) is { } choice) return choice;
        return null;
    }

    private static List<IElement> Attached(List<IElement> elements, IElement root)
    {
        var list = new List<IElement>(elements.Count);
        foreach (var e in elements)
            if (DomTree.IsAncestorOrSelf(root, e)) list.Add(e);
        return list;
    }

    /// <summary>How far up from the chosen container a split-off part of the story may sit (Wired-style
    /// templates wrap each body fragment in its own grid row).</summary>
    private const int SplitLevels = 3;

    /// <param name="compositions">The matches are &lt;article&gt;s: self-contained compositions (HTML §4.3.2), so
    /// nested ones are related content and several on a page are several stories; class-named containers are
    /// parts of one story instead (a split body, an inner wrapper).</param>
    private static ContentChoice? Pick(List<IElement> matches, StatsTable stats, string rule, bool compositions)
    {
        var best = ByOwnText(matches, stats);
        if (best is null) return null;
        var nested = new List<IElement>();
        bool decisive = false;
        if (compositions)
        {
            var feedHead = FirstOfFeed(best, matches, stats, nested);
            // The page itself says where one story ends: a density score that adds several up must not overrule it.
            decisive = feedHead != best || nested.Count > 0 || OthersOfSize(best, matches, stats);
            best = feedHead;
        }
        bool mergeSplit = !compositions;
        int bestText = stats[best].Text;
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
        foreach (var n in nested) total -= stats[n].Text;
        var why = nested.Count > 0 ? rule + ", nested ones left out" : decisive ? rule + ", one of several" : rule;
        return new ContentChoice(roots, why, total, decisive) { Excluded = nested };
    }

    private static bool OthersOfSize(IElement best, List<IElement> matches, StatsTable stats)
    {
        foreach (var m in matches)
            if (m != best && stats[m].Text >= MinChars && !DomTree.IsAncestor(best, m) && !DomTree.IsAncestor(m, best)) return true;
        return false;
    }

    /// <summary>
    /// Chooses among the matches by their OWN text: a match's text minus that of the matches nested in it, so
    /// a wrapper around several posts (or an entry-content inside a post-content) does not win on its
    /// children's text. The first match in page order holding at least half of the best own text wins:
    /// pages put the story first and the "more posts" after it (trafilatura's "(.//article)[1]").
    /// </summary>
    private static IElement? ByOwnText(List<IElement> matches, StatsTable stats)
    {
        if (matches.Count == 0) return null;
        var own = new Dictionary<IElement, int>(matches.Count);
        foreach (var m in matches) own[m] = stats[m].Text;
        foreach (var m in matches)
            for (var a = m.ParentElement; a is not null; a = a.ParentElement)
                if (own.TryGetValue(a, out var text))
                {
                    own[a] = text - stats[m].Text;
                    break;
                }
        int max = 0;
        foreach (var v in own.Values) max = Math.Max(max, v);
        foreach (var m in matches)
            if (own[m] >= max * 0.5 && own[m] > 0) return m;
        return matches[0];
    }

    /// <summary>
    /// A container holding two or more containers of its own kind. HTML §4.3.2: "when article elements are
    /// nested, the inner article elements represent articles that are in principle related to the contents of
    /// the outer article" (comments, related posts). So when the outer one has a story of its own, the inner
    /// ones are left out of it; when it has almost no text of its own it is a feed (a blog index, an
    /// infinite-scroll page) and the story is its first inner container.
    /// </summary>
    private static IElement FirstOfFeed(IElement best, List<IElement> matches, StatsTable stats, List<IElement> nested)
    {
        IElement? first = null;
        IElement? last = null;
        int innerText = 0;
        foreach (var m in matches)
        {
            if (m == best || !DomTree.IsAncestor(best, m) || last is not null && DomTree.IsAncestor(last, m)) continue;
            last = m;
            nested.Add(m);
            innerText += stats[m].Text;
            if (first is null && stats[m].Text >= MinChars) first = m;
        }
        if (nested.Count < 2) { nested.Clear(); return best; }
        if (stats[best].Text - innerText >= MinChars) return best;
        nested.Clear();
        return first ?? best;
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
}
