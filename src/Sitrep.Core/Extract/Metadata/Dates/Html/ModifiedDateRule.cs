using Sitrep.Extract.Metadata.Html;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// Last-resort machine-readable dates: dateModified / article:modified_time / og:updated_time.
/// htmldate's "original date" mode prefers the publication date, so these count only when the page
/// states nothing else; the modification is never earlier than the publication, so confidence is moderate.
/// </summary>
public sealed class ModifiedDateRule : IHtmlDateRule
{
    private static readonly HashSet<string> MetaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:modified_time", "og:updated_time", "article:modified", "modified_time", "datemodified", "date_modified",
        "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "modified", "revised", "updated_time",
    };

    public string Name => "modified";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        foreach (var o in page.JsonLd.All)
            if (JsonLd.String(o, "dateModified") is { } v && DateExpressions.ParseField(v) is { } d)
                yield return new DateFinding(d, $"JSON-LD dateModified \"{DateFinding.Excerpt(v, 40)}\"", 0.55, Name);
        foreach (var meta in page.Markup.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            if (key is null || !MetaNames.Contains(key.Trim())) continue;
            var content = meta.GetAttribute("content");
            if (DateExpressions.ParseField(content) is { } d)
                yield return new DateFinding(d, $"<meta {key}=\"{DateFinding.Excerpt(content!, 40)}\">", 0.5, Name);
        }
    }
}
