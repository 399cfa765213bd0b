using Sitrep.Documents;

namespace Sitrep.Extract;

/// <summary>Dispatches a page to the DOM-based extractor (HTML) or the line-based one (flattened text).</summary>
public sealed class PageExtractor(IPageExtractor html, IPageExtractor text) : IPageExtractor
{
    public static PageExtractor CreateDefault() => new(new Html.HtmlExtractor(), new PlainText.TextExtractor());

    /// <summary>Template pre-pass (see <see cref="PlainText.Templates.TemplatePrepass"/>): lets the line-based
    /// extractor learn a flattened page's site furniture before any page is extracted.</summary>
    public void Observe(DecodedPage page)
    {
        if (page.Kind != PayloadKind.Html && text is PlainText.TextExtractor lines) lines.Observe(page);
    }

    public Document Extract(DecodedPage page) =>
        page.Kind == PayloadKind.Html ? html.Extract(page) : text.Extract(page);
}
