using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Documents;
using Sitrep.Extract.Metadata;

namespace Sitrep.Tests.Extract.Metadata;

/// <summary>Builds pages for the metadata tests.</summary>
internal static class MetadataFixtures
{
    public static DecodedPage Page(string content, PayloadKind kind, string? url = null, DocumentHints? hints = null) =>
        new(new RawDocument
        {
            Source = new SourceInfo("fixture", url, kind == PayloadKind.Html ? "html" : "text"),
            Kind = kind,
            Text = content,
            Hints = (hints ?? DocumentHints.None) with { Url = url ?? hints?.Url },
            Id = "fixture",
        }, content, kind, "utf-8", []);

    public static PageMetadata FromHtml(string html, string? url = null, DocumentHints? hints = null)
    {
        var page = Page(html, PayloadKind.Html, url, hints);
        using var dom = new HtmlParser().ParseDocument(html);
        return HtmlMetadata.Read(dom, page);
    }

    public static PageMetadata Text(string text, DocumentHints? hints = null, string? body = null)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return TextMetadata.Read(lines, body ?? string.Join("\n\n", lines), Page(text, PayloadKind.Text, null, hints));
    }
}
