using System.Net;
using System.Text;
using System.Xml.Linq;
using Sitrep.Documents;

namespace Sitrep.Read.Feeds;

/// <summary>
/// One RSS item (RSS 2.0 spec "Elements of &lt;item&gt;", RSS 1.0 §5.5) or Atom entry (RFC 4287 §4.1.2) turned into a
/// document: the page is the longest of its full-content elements (content:encoded, atom:content, description,
/// summary), its hints the title, link, date, author and the feed's own title as the outlet.
/// </summary>
internal static class FeedItem
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The namespaces of the feed formats themselves. Extension elements with the same local names
    /// (media:title, media:description, media:content of Media RSS) are captions, not the article.</summary>
    private static readonly HashSet<XNamespace> Core = [XNamespace.None, "http://purl.org/rss/1.0/", Atom, "http://backend.userland.com/rss2"];

    public static ReadItem ToItem(XElement item, int number, string? outlet, InputContext input, string format)
    {
        var title = Clean(Child(item, "title")?.Value);
        var url = Link(item);
        var date = FeedDates.Normalise(First(item, "pubDate", "published", "updated", "issued", "modified")?.Value ?? item.Element(Dc + "date")?.Value);
        var author = Author(item);
        var source = input.Source(format, url, $"item {number}");
        string what = $"item {number}" + (title is null ? "" : $" (\"{Shorten(title)}\")");

        var content = Candidates(item).Where(c => !string.IsNullOrWhiteSpace(c)).MaxBy(c => c!.Length);
        if (content is null)
            return new ReadError(source, $"{what}: no content (no content:encoded, content, description or summary with text)");
        if (Encoding.UTF8.GetByteCount(content) > input.Options.MaxDocumentBytes)
            return new ReadError(source, $"{what}: too large: the content is over {ByteSize.Limit(input.Options.MaxDocumentBytes)}");
        return new ReadDocument(new RawDocument
        {
            Source = source,
            Kind = PayloadKind.Html,
            Text = content,
            Hints = new DocumentHints(url, title, date, outlet, author).Or(input.Options.Hints),
            Id = ContentHash.Of($"{url}\n{title}\n{content}"),
        });
    }

    private static IEnumerable<string?> Candidates(XElement item)
    {
        yield return item.Element(Content + "encoded")?.Value;
        foreach (var e in item.Elements().Where(e => e.Name.LocalName is "content" or "summary" or "description" && Core.Contains(e.Name.Namespace)))
            yield return e.Name.Namespace == Atom ? AtomText(e) : e.Value;
    }

    /// <summary>An Atom text construct (RFC 4287 §3.1) as HTML: "html" is escaped HTML, "xhtml" a div of markup,
    /// "text" (the default) plain text that must be escaped to stay text. Out-of-line content (src=) has none.</summary>
    private static string? AtomText(XElement e)
    {
        if (e.Attribute("src") is not null) return null;
        var type = (string?)e.Attribute("type") ?? "text";
        switch (type)
        {
            case "html" or "text/html":
                return e.Value;
            case "xhtml" or "application/xhtml+xml":
                var div = e.Elements().FirstOrDefault();
                return div is null ? e.Value : string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            case "text" or "text/plain":
                return TextAsHtml(e.Value);
            default:
                return type.StartsWith("text/", StringComparison.Ordinal) ? TextAsHtml(e.Value) : null;
        }
    }

    private static string TextAsHtml(string text) =>
        string.Concat(text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));

    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            if (link.Attribute("href") is { } href)
            {
                var rel = (string?)link.Attribute("rel") ?? "alternate";
                if (rel == "alternate") return Clean(href.Value);
            }
            else if (Clean(link.Value) is { } text) return text;
        }
        var guid = Child(item, "guid");
        if (guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && guid.Value.Trim().StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return guid.Value.Trim();
        return Clean((string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")));
    }

    private static string? Author(XElement item)
    {
        if (item.Element(Dc + "creator")?.Value is { } creator && Clean(creator) is { } c) return c;
        var author = Child(item, "author");
        if (author is null) return null;
        if (author.Elements().FirstOrDefault(e => e.Name.LocalName == "name") is { } name) return Clean(name.Value);
        // RSS 2.0 author is an e-mail address, often "editor@example.com (Jane Doe)": the name is the useful part.
        var value = author.Value.Trim();
        int open = value.IndexOf('('), close = value.LastIndexOf(')');
        return Clean(open >= 0 && close > open ? value[(open + 1)..close] : value);
    }

    private static XElement? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && Core.Contains(e.Name.Namespace));

    private static XElement? First(XElement item, params string[] localNames)
    {
        foreach (var name in localNames)
            if (Child(item, name) is { } e && !string.IsNullOrWhiteSpace(e.Value)) return e;
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "…";
}
