using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Metadata.Html;

/// <summary>
/// The elements the metadata rules read (meta tags, &lt;time&gt;, microdata, headings, bylines, class-named
/// blocks), gathered in ONE walk over the page in document order. The rules used to ask a CSS selector each
/// (a dozen whole-tree walks with selector matching per page: a third of the metadata time on the AEB
/// pages). Each list notes the selector it stands for, so a rule reads as before. Attribute values are
/// compared ordinally, as selectors do in standards mode.
/// </summary>
public sealed class MarkupIndex
{
    /// <summary>Class-named elements kept for the dateline rule at most (a hostile page may have millions).</summary>
    private const int MaxMarked = 20_000;

    /// <summary><c>meta</c>.</summary>
    public List<IElement> Metas { get; } = [];
    /// <summary><c>time, abbr.published, abbr[data-utime]</c>.</summary>
    public List<IElement> Times { get; } = [];
    /// <summary><c>[itemprop]</c>.</summary>
    public List<IElement> ItemProps { get; } = [];
    /// <summary><c>h1</c>.</summary>
    public List<IElement> H1s { get; } = [];
    /// <summary>The first <c>article h1</c>.</summary>
    public IElement? ArticleH1 { get; private set; }
    /// <summary>The first <c>article h1, main h1, [itemprop='headline']</c>.</summary>
    public IElement? ScopedHeadline { get; private set; }
    /// <summary><c>a[rel~='author'], [itemprop='author'] [itemprop='name'], [itemprop='author']</c>.</summary>
    public List<IElement> AuthorMarkup { get; } = [];
    /// <summary><c>.byline, .author, .author-name, .byline-name, .entry-author, .post-author, [class*='byline']</c>.</summary>
    public List<IElement> Bylines { get; } = [];
    /// <summary><c>body [class], body [id]</c> (descendants of body), at most <see cref="MaxMarked"/>.</summary>
    public List<IElement> Marked { get; } = [];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BylineClasses =
        new HashSet<string>(StringComparer.Ordinal) { "byline", "author", "author-name", "byline-name", "entry-author", "post-author" }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static MarkupIndex Of(IHtmlDocument dom)
    {
        var index = new MarkupIndex();
        if (dom.DocumentElement is { } root) index.Walk(root, dom.Body);
        return index;
    }

    /// <summary>Content of the first &lt;meta&gt; whose property or name is <paramref name="key"/>
    /// (<c>meta[property='key'],meta[name='key']</c>).</summary>
    public string? MetaContent(string key)
    {
        foreach (var m in Metas)
            if (m.GetAttribute("property") == key || m.GetAttribute("name") == key) return m.GetAttribute("content");
        return null;
    }

    /// <summary>Content of the first &lt;meta&gt; whose name is one of the keys, in page order.</summary>
    public string? MetaContentByName(string key, string otherKey)
    {
        foreach (var m in Metas)
            if (m.GetAttribute("name") is { } name && (name == key || name == otherKey)) return m.GetAttribute("content");
        return null;
    }

    // Iterative pre-order walk (scraped DOMs can be thousands of levels deep); article/main depth counters
    // stand in for the descendant combinators.
    private void Walk(IElement root, IElement? body)
    {
        var stack = new Stack<(IElement Element, bool Leaving)>();
        stack.Push((root, false));
        int inArticle = 0, inMain = 0, inBody = 0;
        while (stack.Count > 0)
        {
            var (e, leaving) = stack.Pop();
            var name = e.LocalName;
            if (leaving)
            {
                if (name == "article") inArticle--;
                else if (name == "main") inMain--;
                if (e == body) inBody--;
                continue;
            }
            Visit(e, name, inArticle > 0, inMain > 0, inBody > 0);
            if (!e.HasChildNodes) continue;
            if (name == "article") inArticle++;
            else if (name == "main") inMain++;
            if (e == body) inBody++;
            stack.Push((e, true));
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push((child, false));
        }
    }

    private void Visit(IElement e, string name, bool inArticle, bool inMain, bool inBody)
    {
        switch (name)
        {
            case "meta": Metas.Add(e); break;
            case "time": Times.Add(e); break;
            case "abbr" when e.HasAttribute("data-utime") || HasClass(e, "published"): Times.Add(e); break;
            case "h1":
                H1s.Add(e);
                if (inArticle) ArticleH1 ??= e;
                if (inArticle || inMain) ScopedHeadline ??= e;
                break;
        }
        if (e.Attributes.Length == 0) return;
        // One pass over the attribute list instead of a GetAttribute scan per name.
        var names = ElementNames.Of(e);
        var itemprop = names.ItemProp;
        if (itemprop is not null)
        {
            ItemProps.Add(e);
            if (itemprop == "headline") ScopedHeadline ??= e;
        }
        if (name == "a" && HasToken(e.GetAttribute("rel"), "author") || itemprop == "author" || itemprop == "name" && InsideItemprop(e, "author"))
            AuthorMarkup.Add(e);
        var cls = names.Class;
        if (cls is not null && (cls.Contains("byline", StringComparison.Ordinal) || AnyToken(cls, BylineClasses)))
            Bylines.Add(e);
        if (inBody && Marked.Count < MaxMarked && (cls is not null || names.Id is not null)) Marked.Add(e);
    }

    private static bool InsideItemprop(IElement e, string value)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (p.GetAttribute("itemprop") == value) return true;
        return false;
    }

    private static bool HasClass(IElement e, string token) => HasToken(e.GetAttribute("class"), token);

    private static bool HasToken(string? list, string token)
    {
        if (list is null) return false;
        foreach (var t in new ClassTokens(list))
            if (t.SequenceEqual(token)) return true;
        return false;
    }

    private static bool AnyToken(string list, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> tokens)
    {
        foreach (var t in new ClassTokens(list))
            if (tokens.Contains(t)) return true;
        return false;
    }
}
