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

    /// <summary>Whether a class or id value names a date (<see cref="Date"/>) or an update (<see cref="Update"/>).</summary>
    private static class Markers
    {
        public const int Date = 1;
        public const int Update = 2;
        [ThreadStatic] private static Dictionary<string, int>? t_answers;
        private const int MaxAnswers = 8192;

        public static int Of(string? value)
        {
            if (string.IsNullOrEmpty(value)) return 0;
            var answers = t_answers ??= new Dictionary<string, int>();
            if (answers.TryGetValue(value, out int marks)) return marks;
            marks = (DateMarker().IsMatch(value) ? Date : 0) | (TimeElementRule.UpdatedMarker().IsMatch(value) ? Update : 0);
            if (answers.Count >= MaxAnswers) answers.Clear();
            answers[value] = marks;
            return marks;
        }
    }

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        foreach (var e in page.Markup.Marked)
        {
            // Class and id are tested apart (no pattern spans the space that once joined them) and the answer
            // kept per value: a page repeats its class values, and the patterns ran on ~400 elements a page.
            int marks = Markers.Of(e.GetAttribute("class")) | Markers.Of(e.Id);
            if ((marks & Markers.Date) == 0 || (marks & Markers.Update) != 0) continue;
            // A dateline is a small element; reading the text of a big container (class="content-meta-wrapper") costs time for nothing.
            if (e.ChildElementCount > 12) continue;
            if (Metadata.Html.ShortText.Of(e, 300) is not { } text) continue;
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
