using Sitrep.Documents;

namespace Sitrep.Extract;

/// <summary>Dispatches a page to the DOM-based extractor (HTML) or the line-based one (flattened text).</summary>
public sealed class PageExtractor(IPageExtractor html, IPageExtractor text) : IPageExtractor
{
    public static PageExtractor CreateDefault() => new(new Html.HtmlExtractor(), new PlainText.TextExtractor());

    public Document Extract(DecodedPage page) =>
        page.Kind == PayloadKind.Html ? html.Extract(page) : text.Extract(page);
}
