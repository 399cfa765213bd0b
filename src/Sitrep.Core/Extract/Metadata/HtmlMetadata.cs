using AngleSharp.Html.Dom;
using Sitrep.Documents;
using Sitrep.Extract.Html.Source;
using Sitrep.Extract.Metadata.Authors;
using Sitrep.Extract.Metadata.Dates;
using Sitrep.Extract.Metadata.Dates.Html;
using Sitrep.Extract.Metadata.Html;
using Sitrep.Extract.Metadata.Outlets;
using Sitrep.Extract.Metadata.Titles;

namespace Sitrep.Extract.Metadata;

/// <summary>Title, authors, outlet and publication date of an HTML page (meta tags, JSON-LD, URL, bylines).</summary>
public static class HtmlMetadata
{
    public static PageMetadata Read(IHtmlDocument dom, DecodedPage page) => ReadDetailed(dom, page).Metadata;

    /// <summary>The metadata and the date finding behind <see cref="PageMetadata.Published"/> (with the rule that found it), for evaluation.</summary>
    public static (PageMetadata Metadata, DateFinding? Date) ReadDetailed(IHtmlDocument dom, DecodedPage page)
    {
        var hints = page.Raw.Hints;
        var url = page.Raw.Source.Url ?? hints.Url;
        var scripts = ScriptBlocks.Find(page.Content);
        var jsonLd = JsonLd.Read(scripts);
        var markup = MarkupIndex.Of(dom);

        var siteNames = SiteNames(markup, jsonLd).ToList();
        var outlet = OutletResolver.Resolve(url, siteNames.Append(hints.Outlet));
        var title = HtmlTitle.Read(dom, markup, jsonLd, siteNames.Append(outlet.Name).Append(outlet.Domain).Append(hints.Outlet), hints.Title);
        var authors = AuthorNames.WithoutOutlets(HtmlAuthors.Read(markup, jsonLd, hints.Author), outlet);

        var warnings = new List<string>();
        var window = DateWindow.For(hints);
        var finding = HtmlDateCascade.Default.Find(new HtmlDatePage(dom, markup, scripts, jsonLd, url, window));
        // The container's date (feed pubDate, CSV column) outranks the weak fallbacks (a date somewhere in
        // the text, a copyright year) but not what the page states about itself.
        if (finding is null || finding.Confidence < 0.5) finding = HintedDate.From(hints, window) ?? finding;
        if (finding is null) warnings.Add("no publication date found on the page");
        else if (finding.Confidence < 0.4) warnings.Add($"publication date {finding.Date.Format()} is a weak guess ({finding.Rule}: {finding.Evidence})");

        return (new PageMetadata(title, authors, outlet, finding?.ToPublished(), warnings), finding);
    }

    /// <summary>Names the page gives its publisher, best first.</summary>
    private static IEnumerable<string?> SiteNames(MarkupIndex markup, JsonLd jsonLd)
    {
        yield return markup.MetaContent("og:site_name");
        foreach (var a in jsonLd.Articles)
            foreach (var n in JsonLd.Names(a, "publisher")) yield return n;
        yield return markup.MetaContentByName("application-name", "apple-mobile-web-app-title");
    }

    internal static Outlet OutletFromHints(DecodedPage page) =>
        OutletResolver.Resolve(page.Raw.Source.Url ?? page.Raw.Hints.Url, [page.Raw.Hints.Outlet]);
}
