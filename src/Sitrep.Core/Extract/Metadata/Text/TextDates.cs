using System.Text.RegularExpressions;
using Sitrep.Extract.Metadata.Dates;
using Sitrep.Extract.Metadata.Titles;

namespace Sitrep.Extract.Metadata.Text;

/// <summary>
/// The publication date of a flattened page, and how far to trust it. Sources, best first: the date the
/// container gave (feed, CSV); a dateline just under the headline; a labelled date ("Published: ...") near
/// the top; a date banner above the headline. A banner above the headline is often the site's current
/// date printed on every page (seed 001: "JULY 2022" over a December 2016 story), so it is never trusted
/// much, and it is checked against the years the story itself mentions.
/// </summary>
public static partial class TextDates
{
    [GeneratedRegex(@"(?:published|posted|updated|date|veröffentlicht|publié|publicado|опубликовано)\s*(?:on|am|le|:)?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    public sealed record Result(DateFinding? Finding, IReadOnlyList<string> Warnings);

    /// <param name="lines">Non-blank lines of the page.</param>
    /// <param name="titleLine">Index of the headline in <paramref name="lines"/>, or -1.</param>
    /// <param name="body">The article body (comments removed), for the story's own years.</param>
    public static Result Read(IReadOnlyList<string> lines, int titleLine, string body, Documents.DocumentHints hints)
    {
        var window = DateWindow.For(hints);
        var warnings = new List<string>();
        if (HintedDate.From(hints, window) is { } hinted) return new Result(hinted, warnings);

        int top = titleLine >= 0 ? titleLine : 0;
        DateFinding? finding = null;
        // A dateline right under the headline (or under the byline that follows it) belongs to the story.
        // Further down, a date line is more likely the dateline of a quoted article.
        for (int i = top + 1; i < lines.Count && i <= top + 2 && finding is null; i++)
        {
            var line = lines[i].Trim();
            if (TextTitle.IsDateLine(line) && First(line, window) is { } d)
                finding = new DateFinding(d, DateFinding.Excerpt(line), d.Precision == DatePrecision.Day ? 0.6 : 0.4, "dateline");
            else if (!IsByline(line)) break;
        }
        // A labelled date near the top.
        for (int i = 0; i < lines.Count && i < top + 15 && finding is null; i++)
            foreach (var m in DateExpressions.FindAll(lines[i]))
            {
                var before = lines[i][..m.Index];
                if (Label().IsMatch(before) && window.Contains(m.Date))
                {
                    finding = new DateFinding(m.Date, DateFinding.Excerpt(lines[i]), 0.55, "labelled-text");
                    break;
                }
            }
        // A banner above the headline.
        DateFinding? banner = null;
        for (int i = 0; i < top && banner is null; i++)
            if (TextTitle.IsDateLine(lines[i].Trim()) && First(lines[i], window) is { } d)
                banner = new DateFinding(d, DateFinding.Excerpt(lines[i]), d.Precision == DatePrecision.Day ? 0.5 : 0.3, "header");
        if (finding is null && banner is not null)
        {
            finding = banner;
            // A banner showing the month the page was saved is the site's "today", whatever the story's date.
            if (DateExpressions.ParseField(hints.CollectedDate) is { } collected && collected.Year == banner.Date.Year && collected.Month == banner.Date.Month)
            {
                warnings.Add($"page header date {banner.Evidence} is the month the page was collected ({hints.CollectedDate}): probably the site's current date, not the story's");
                finding = banner with { Confidence = 0.1 };
            }
            if (banner.Date.Precision != DatePrecision.Day)
                warnings.Add($"page header date {banner.Evidence} has no day and stands above the headline: it may be the site's date banner rather than the story's date");
        }
        if (finding is null)
        {
            var mentioned = StoryYears.In(body);
            warnings.Add(mentioned.Count == 0
                ? "no publication date found on the page"
                : $"no publication date found on the page; the story mentions years up to {mentioned.Keys.Max()}");
            return new Result(null, warnings);
        }
        return CheckAgainstStory(finding, lines.Skip(top + 1).ToList(), WithoutHeader(body, lines, top), warnings);
    }

    /// <summary>The body without the header lines above the headline: the banner must not vouch for itself.</summary>
    private static string WithoutHeader(string body, IReadOnlyList<string> lines, int top)
    {
        for (int i = 0; i < top; i++)
        {
            var header = lines[i].Trim();
            if (header.Length == 0) continue;
            int at = body.IndexOf(header, StringComparison.Ordinal);
            if (at >= 0) body = body.Remove(at, header.Length);
        }
        return body;
    }

    /// <summary>
    /// A page date years after everything the story talks about is suspect: news mentions the current or
    /// the previous year. The story's years come from the body; when the body names none, from the whole
    /// page (reader comments are written after publication, so their years are no earlier than it).
    /// </summary>
    private static Result CheckAgainstStory(DateFinding finding, IReadOnlyList<string> lines, string body, List<string> warnings)
    {
        var years = StoryYears.In(body);
        var where = "the story";
        if (years.Count == 0)
        {
            years = StoryYears.In(string.Join("\n", lines));
            where = "the page";
        }
        if (years.Count == 0 || years.ContainsKey(finding.Date.Year)) return new Result(finding, warnings);
        int latest = years.Keys.Max();
        if (finding.Date.Year > latest + 1)
        {
            var examples = string.Join(", ", years.OrderByDescending(y => y.Value.Count).ThenByDescending(y => y.Key).Take(3).Select(y => $"\"{y.Value.Example}\""));
            var what = finding.Rule == "header" ? "page header date" : "date";
            warnings.Add($"{what} {finding.Evidence} disagrees with {where} (mentions {string.Join(", ", years.Keys)}: {examples}); not asserted with confidence");
            finding = finding with { Confidence = Math.Min(finding.Confidence, 0.15) };
        }
        return new Result(finding, warnings);
    }

    private static bool IsByline(string line) => line.Length < 80 && Regex.IsMatch(line, @"^(?:by|written by|author:|von|par|por|автор)\s", RegexOptions.IgnoreCase);

    private static CalendarDate? First(string line, DateWindow window) =>
        DateExpressions.FindAll(line).Select(m => (CalendarDate?)m.Date).FirstOrDefault(d => window.Contains(d!.Value));
}
