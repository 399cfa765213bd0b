using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// &lt;time datetime&gt; (HTML Living Standard §4.5.14): machine-readable dates in the page body. The one
/// marked as the publication (the old "pubdate" attribute, class "published"/"entry-date", itemprop)
/// wins; otherwise the first outside comment threads and sidebars, since a byline precedes the text.
/// Times marked as updates are left to the modified-date fallback. Also microformats' abbr.published[title].
/// </summary>
public sealed partial class TimeElementRule : IHtmlDateRule
{
    [GeneratedRegex(@"publish|entry-date|posted|post-date|created|pubdate|article-date|date-main|meta-date", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex PublishedMarker();

    [GeneratedRegex(@"updat|modif|edited|revis|aktualisiert", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex UpdatedMarker();

    public string Name => "time";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        var marked = new List<DateFinding>();
        var plain = new List<DateFinding>();
        foreach (var e in page.Markup.Times)
        {
            var value = e.GetAttribute("datetime") ?? e.GetAttribute("title");
            var d = DateExpressions.ParseField(value) ?? DateExpressions.ParseField(e.TextContent);
            if (d is null || PageRegions.InForeignRegion(e) || PageRegions.InSiteChrome(e)) continue;
            var marker = Marker(e);
            if (UpdatedMarker().IsMatch(marker)) continue;
            var finding = new DateFinding(d.Value, $"<{e.LocalName} {(value is null ? "" : "datetime=\"" + DateFinding.Excerpt(value, 40) + "\"")}> {DateFinding.Excerpt(e.TextContent, 40)}".Trim(), 0.85, Name);
            if (e.HasAttribute("pubdate") || PublishedMarker().IsMatch(marker)) marked.Add(finding);
            else plain.Add(finding with { Confidence = 0.75 });
        }
        return marked.Concat(plain);
    }

    /// <summary>Class, id and itemprop of the element and its parent: "entry-date" often sits on the wrapper.</summary>
    internal static string Marker(IElement e)
    {
        string Of(IElement? x) => x is null ? "" : $"{x.GetAttribute("class")} {x.Id} {x.GetAttribute("itemprop")} ";
        return Of(e) + Of(e.ParentElement);
    }
}
