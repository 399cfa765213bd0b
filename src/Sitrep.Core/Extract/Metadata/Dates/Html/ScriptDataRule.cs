using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// Publication dates inside the data that script-rendered pages embed for their JavaScript (Next.js,
/// Nuxt, Shopify, analytics layers, review widgets): "published_at", "publishedAt", "publishedDate", "firstPublished", "createdAt".
/// When such a page renders nothing server-side, this is the only date there is.
/// </summary>
public sealed partial class ScriptDataRule : IHtmlDateRule
{
    [GeneratedRegex(@"[""'\\]*(?:datePublished|date_published|published_at|publishedAt|publishedDate|publishDate|publish_date|publicationDate|publication_date|firstPublished(?:At|Date)?|first_published_at|pubDate|createdAt|created_at|dateCreated)[""'\\]*\s*[:=]\s*[""'\\]*(?<v>\d{4}-\d{2}-\d{2}[^""'\\]{0,25})", RegexOptions.CultureInvariant)]
    private static partial Regex DateProperty();

    public string Name => "script-data";

    private static (string Match, string Value)? Match(ReadOnlySpan<char> text)
    {
        try
        {
            foreach (var m in DateProperty().EnumerateMatches(text))
            {
                var match = text.Slice(m.Index, m.Length).ToString();
                return (match, DateProperty().Match(match).Groups["v"].Value);
            }
        }
        catch (RegexMatchTimeoutException) { }
        return null;
    }

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        int budget = 3_000_000;
        foreach (var script in page.Scripts.Blocks)
        {
            if (script.Length == 0 || script.IsJsonLd) continue;
            if ((budget -= script.Length) < 0) yield break;
            if (Match(page.Scripts.TextOf(script)) is { } found && DateExpressions.ParseField(found.Value) is { } d)
                yield return new DateFinding(d, "script data " + DateFinding.Excerpt(found.Match, 80), 0.5, Name);
        }
    }
}
