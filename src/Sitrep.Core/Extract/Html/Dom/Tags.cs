using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Dom;

/// <summary>Element categories from the HTML Living Standard (§3.2.5 content models, §4 element definitions)
/// that the extractor needs: which elements break text into paragraphs, and which are headings.</summary>
internal static class Tags
{
    /// <summary>Elements rendered as blocks (§15.3 "Rendering: non-replaced elements", display: block/list-item/table-cell):
    /// their text is a paragraph of its own.</summary>
    private static readonly HashSet<string> Block = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp", "caption", "br", "option",
    };

    public static bool IsBlock(IElement e) => Block.Contains(e.LocalName);

    public static bool IsHeading(IElement e) => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
