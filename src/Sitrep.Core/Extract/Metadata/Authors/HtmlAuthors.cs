using Sitrep.Extract.Metadata.Dates.Html;
using Sitrep.Extract.Metadata.Html;

namespace Sitrep.Extract.Metadata.Authors;

/// <summary>
/// Authors of an HTML page, most explicit source first: JSON-LD article author(s), &lt;meta name="author"&gt;
/// (and its Dublin Core / vendor forms), rel="author" links (HTML §4.6.7.1), itemprop="author", then
/// byline elements ("By X and Y"). The first source that yields names wins: mixing sources duplicates
/// names in different spellings.
/// </summary>
public static class HtmlAuthors
{
    private static readonly string[] MetaNames = ["author", "dc.creator", "dcterms.creator", "article:author", "sailthru.author", "parsely-author", "byl", "citation_author", "twitter:creator:name"];

    public static List<string> Read(MarkupIndex markup, JsonLd jsonLd, string? hint)
    {
        foreach (var source in Sources(markup, jsonLd, hint))
        {
            var names = AuthorNames.From(source);
            if (names.Count > 0) return names;
        }
        return [];
    }

    private static IEnumerable<IEnumerable<string?>> Sources(MarkupIndex markup, JsonLd jsonLd, string? hint)
    {
        yield return jsonLd.Articles.SelectMany(a => JsonLd.Names(a, "author").Concat(JsonLd.Names(a, "creator")));
        yield return markup.Metas
            .Where(m => (m.HasAttribute("name") || m.HasAttribute("property")) && MetaNames.Contains((m.GetAttribute("name") ?? m.GetAttribute("property"))!.ToLowerInvariant()))
            .Select(m => m.GetAttribute("content"));
        yield return markup.AuthorMarkup
            .Where(e => !PageRegions.InForeignRegion(e))
            .Take(6)
            .Select(e => e.GetAttribute("content") ?? e.TextContent);
        yield return markup.Bylines
            .Where(e => e.TextContent.Length < 120 && !PageRegions.InForeignRegion(e))
            .Take(3)
            .Select(e => e.TextContent);
        yield return [hint];
    }
}
