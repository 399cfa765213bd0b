using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// Elements that templates name after dates or bylines (class/id with "date", "datum", "time", "byline",
/// "meta", "posted", "published", "info"...; the idea of htmldate's DATE_EXPRESSIONS): their short text is
/// the visible dateline ("Published 16 December 2016", "Dec 16, 2016 10:32 am"). First match in page order
/// outside comments and sidebars; update/modification labels are skipped.
/// </summary>
public sealed partial class DateElementRule : IHtmlDateRule
{
    [GeneratedRegex(@"date|datum|fecha|data|time|zeit|byline|dateline|posted|publish|entry-meta|post-meta|article-meta|meta-info|postinfo|post-info|article-info|info-bar|subline|author|autor|kicker|timestamp|stand|meta|created|submitted|authored|info", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateMarker();

    [GeneratedRegex(@"updat|modif|aktualisiert|geändert|mise à jour|actualizado|обновлено|comment", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateText();

    public string Name => "date-element";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        foreach (var e in page.Markup.Marked)
        {
            var marker = $"{e.GetAttribute("class")} {e.Id}";
            if (!DateMarker().IsMatch(marker) || TimeElementRule.UpdatedMarker().IsMatch(marker)) continue;
            // A dateline is a small element; reading the text of a big container (class="content-meta-wrapper") costs time for nothing.
            if (e.ChildElementCount > 12) continue;
            var text = e.TextContent;
            if (text.Length is 0 or > 300) continue;
            // A short dateline may write a two-digit year ("28.01.22", "Party, 30.10.23").
            var matches = DateExpressions.FindAll(text, field: text.Length <= 60);
            if (matches.Count == 0 || PageRegions.InForeignRegion(e) || PageRegions.InSiteChrome(e)) continue;
            foreach (var m in matches)
            {
                // The label just before the date says whether it is an update.
                var before = text[Math.Max(0, m.Index - 30)..m.Index];
                if (UpdateText().IsMatch(before)) continue;
                yield return new DateFinding(m.Date, DateFinding.Excerpt(text, 100), m.Date.Precision == DatePrecision.Day ? 0.7 : 0.5, Name);
                break;
            }
        }
    }
}
