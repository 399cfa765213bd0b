using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sitrep.Extract.Metadata.Html;

namespace Sitrep.Extract.Metadata.Titles;

/// <summary>
/// The headline of an HTML page. The article's &lt;h1&gt; is the headline exactly as the reader sees it,
/// so it wins when the metadata titles confirm it (og:title or &lt;title&gt; contains it: a lone h1 may
/// be the site logo). Otherwise og:title, twitter:title, JSON-LD headline, then &lt;title&gt;, each with
/// the site-name suffix stripped.
/// </summary>
public static class HtmlTitle
{
    public static string? Read(IHtmlDocument dom, MarkupIndex markup, JsonLd jsonLd, IEnumerable<string?> siteNames, string? hint)
    {
        var sites = siteNames.ToList();
        var og = Clean(markup.MetaContent("og:title"));
        var twitter = Clean(markup.MetaContent("twitter:title"));
        var headline = Clean(jsonLd.Articles.Select(a => JsonLd.String(a, "headline") ?? JsonLd.String(a, "name")).FirstOrDefault(h => h is not null));
        var title = Clean(dom.Title);
        var h1 = Clean(ArticleHeading(markup));

        if (h1 is not null && new[] { og, twitter, headline, title }.Any(t => t is not null && t.Contains(h1, StringComparison.OrdinalIgnoreCase)))
            return h1;
        foreach (var candidate in new[] { og, twitter, headline, title })
            if (candidate is not null)
            {
                var stripped = SiteNameSuffix.Strip(candidate, sites);
                if (stripped.Length > 0) return stripped;
            }
        return h1 ?? Clean(hint);
    }

    /// <summary>The h1 inside the article or main element, else the page's only h1.</summary>
    private static string? ArticleHeading(MarkupIndex markup)
    {
        if (markup.ScopedHeadline is { } scoped) return scoped.TextContent;
        return markup.H1s.Count == 1 ? markup.H1s[0].TextContent : null;
    }

    internal static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return s.Length is 0 or > 400 ? null : s;
    }
}
