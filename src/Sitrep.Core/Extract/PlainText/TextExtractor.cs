using System.Text;
using Sitrep.Documents;

namespace Sitrep.Extract.PlainText;

/// <summary>
/// Line-based extraction for pages whose markup is already gone. This first version keeps the whole
/// text: every non-blank line becomes a paragraph, nothing is cut.
/// </summary>
public sealed class TextExtractor : IPageExtractor
{
    public Document Extract(DecodedPage page)
    {
        var lines = page.Content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var body = string.Join("\n\n", lines);
        var meta = Metadata.TextMetadata.Read(lines, body, page);
        return new Document
        {
            Id = page.Raw.Id,
            Source = page.Raw.Source,
            Body = body,
            Title = meta.Title,
            Authors = meta.Authors,
            Outlet = meta.Outlet,
            Published = meta.Published,
            Hints = page.Raw.Hints,
            Warnings = [.. page.Warnings, .. meta.Warnings],
        };
    }
}
