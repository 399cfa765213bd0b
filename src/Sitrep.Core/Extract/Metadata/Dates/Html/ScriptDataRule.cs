using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// Publication dates inside the data that script-rendered pages embed for their JavaScript (Next.js,
/// Nuxt, Shopify, analytics layers): "published_at", "publishedAt", "firstPublished", "createdAt".
/// When such a page renders nothing server-side, this is the only date there is.
/// </summary>
public sealed partial class ScriptDataRule : IHtmlDateRule
{
    [GeneratedRegex(@"[""'\\]*(?:datePublished|date_published|published_at|publishedAt|publishDate|publish_date|publicationDate|publication_date|firstPublished(?:At|Date)?|first_published_at|pubDate|createdAt|created_at|dateCreated)[""'\\]*\s*[:=]\s*[""'\\]*(?<v>\d{4}-\d{2}-\d{2}[^""'\\]{0,25})", RegexOptions.CultureInvariant)]
    private static partial Regex DateProperty();

    public string Name => "script-data";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        int budget = 3_000_000;
        foreach (var script in page.Dom.Scripts)
        {
            var text = script.Text;
            if (text.Length == 0 || (script.Type ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            if ((budget -= text.Length) < 0) yield break;
            Match m;
            try { m = DateProperty().Match(text); }
            catch (RegexMatchTimeoutException) { continue; }
            if (m.Success && DateExpressions.ParseField(m.Groups["v"].Value) is { } d)
                yield return new DateFinding(d, "script data " + DateFinding.Excerpt(m.Value, 80), 0.5, Name);
        }
    }
}
