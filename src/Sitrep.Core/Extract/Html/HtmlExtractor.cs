using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Documents;
using Document = Sitrep.Documents.Document;

namespace Sitrep.Extract.Html;

/// <summary>
/// DOM-based extraction. This first version drops what is never article text (scripts, styles,
/// navigation, headers, footers, forms, asides) and keeps block structure as paragraphs.
/// </summary>
public sealed class HtmlExtractor : IPageExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "iframe", "svg", "canvas", "button", "select", "textarea", "input", "object", "embed", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "figcaption", "br", "hr",
    };

    public Document Extract(DecodedPage page)
    {
        var parser = new HtmlParser(ParserOptions);
        using var dom = parser.ParseDocument(page.Content);
        var meta = Metadata.HtmlMetadata.Read(dom, page);
        var body = new StringBuilder();
        var line = new StringBuilder();
        if (dom.Body is { } root) Walk(root, body, line);
        Flush(body, line);
        return new Document
        {
            Id = page.Raw.Id,
            Source = page.Raw.Source,
            Body = body.ToString(),
            Title = Normalise(meta.Title),
            Authors = meta.Authors,
            Outlet = meta.Outlet,
            Published = meta.Published,
            Hints = page.Raw.Hints,
            Warnings = [.. page.Warnings, .. meta.Warnings],
        };
    }

    private static void Walk(INode node, StringBuilder body, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                line.Append(t.Data);
                continue;
            }
            if (child is not IElement e || Dropped.Contains(e.LocalName)) continue;
            bool block = Blocks.Contains(e.LocalName);
            if (block) Flush(body, line);
            Walk(e, body, line);
            if (block) Flush(body, line);
        }
    }

    private static void Flush(StringBuilder body, StringBuilder line)
    {
        var text = Normalise(line.ToString());
        line.Clear();
        if (string.IsNullOrEmpty(text)) return;
        if (body.Length > 0) body.Append("\n\n");
        body.Append(text);
    }

    internal static string? Normalise(string? s)
    {
        if (s is null) return null;
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
