using AngleSharp.Html.Dom;
using Sitrep.Documents;

namespace Sitrep.Extract.Metadata;

/// <summary>Title, authors, outlet and publication date of an HTML page (meta tags, JSON-LD, URL, bylines).</summary>
public static class HtmlMetadata
{
    public static PageMetadata Read(IHtmlDocument dom, DecodedPage page)
    {
        var title = dom.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? dom.Title ?? page.Raw.Hints.Title;
        return PageMetadata.Empty with { Title = title?.Trim(), Outlet = OutletFromHints(page) };
    }

    internal static Outlet OutletFromHints(DecodedPage page)
    {
        var url = page.Raw.Source.Url ?? page.Raw.Hints.Url;
        string? domain = null;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)) domain = uri.Host.StartsWith("www.") ? uri.Host[4..] : uri.Host;
        return new Outlet(page.Raw.Hints.Outlet, domain);
    }
}
