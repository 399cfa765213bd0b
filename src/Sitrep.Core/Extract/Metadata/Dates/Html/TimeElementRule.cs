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
        // Lazy, marked times first: the cascade stops at the first date in the publication window, so on a
        // page whose comment thread holds hundreds of <time>s only the byline's is parsed (date patterns per
        // element were a tenth of extraction time on the AEB pages).
        var plain = new List<IElement>();
        foreach (var e in page.Markup.Times)
        {
            var marker = Marker(e);
            if (UpdatedMarker().IsMatch(marker)) continue;
            if (!e.HasAttribute("pubdate") && !PublishedMarker().IsMatch(marker)) { plain.Add(e); continue; }
            if (Read(e, 0.85) is { } finding) yield return finding;
        }
        foreach (var e in plain)
            if (Read(e, 0.75) is { } finding) yield return finding;
    }

    private DateFinding? Read(IElement e, double confidence)
    {
        var value = e.GetAttribute("datetime") ?? e.GetAttribute("title");
        var d = DateExpressions.ParseField(value) ?? DateExpressions.ParseField(e.TextContent);
        if (d is null || PageRegions.InForeignRegion(e) || PageRegions.InSiteChrome(e)) return null;
        return new DateFinding(d.Value, $"<{e.LocalName} {(value is null ? "" : "datetime=\"" + DateFinding.Excerpt(value, 40) + "\"")}> {DateFinding.Excerpt(e.TextContent, 40)}".Trim(), confidence, Name);
    }

    /// <summary>Class, id and itemprop of the element and its parent: "entry-date" often sits on the wrapper.</summary>
    internal static string Marker(IElement e)
    {
        string Of(IElement? x) => x is null ? "" : $"{x.GetAttribute("class")} {x.Id} {x.GetAttribute("itemprop")} ";
        return Of(e) + Of(e.ParentElement);
    }
}
