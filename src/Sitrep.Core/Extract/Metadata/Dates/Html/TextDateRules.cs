using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// Datelines in the visible text introduced by a publication label ("Published:", "Posted on",
/// "Veröffentlicht am", "publié le", "Опубликовано"). Catches bylines that templates do not mark up.
/// </summary>
public sealed partial class LabelledTextRule : IHtmlDateRule
{
    [GeneratedRegex(@"(?:published|posted|released|veröffentlicht|erstellt|erschienen|publiziert|datum|publié|mis en ligne|publicado|publicación|pubblicato|опубликовано|дата публикации|опубліковано|نشر|بتاريخ)\s*(?:on|am|le|el|il|em|:|-|–)?\s*[:\-–]?\s*(?:\p{L}+,?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    public string Name => "labelled-text";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        var text = page.VisibleText;
        foreach (var m in DateExpressions.FindAll(text))
        {
            var before = text[Math.Max(0, m.Index - 40)..m.Index];
            if (Label().IsMatch(before))
                yield return new DateFinding(m.Date, DateFinding.Excerpt(before.TrimStart() + text.Substring(m.Index, m.Length), 100), 0.65, Name);
        }
    }
}

/// <summary>
/// The extensive search of htmldate: every full date in the visible text, the most frequent one (a page
/// repeats its own date in the byline, the breadcrumbs and the share box), the latest of equals because
/// a report is written after the events it mentions ("on Monday (30 October)" in a story of the 31st).
/// Weak evidence: confidence reflects that.
/// </summary>
public sealed class FrequentTextDateRule : IHtmlDateRule
{
    public string Name => "text";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        var text = page.VisibleText;
        var counts = new Dictionary<CalendarDate, (int Count, int First)>();
        foreach (var m in DateExpressions.FindAll(text))
        {
            if (m.Date.Precision != DatePrecision.Day || !page.Window.Contains(m.Date)) continue;
            counts[m.Date] = counts.TryGetValue(m.Date, out var c) ? (c.Count + 1, c.First) : (1, m.Index);
        }
        if (counts.Count == 0) yield break;
        var best = counts.OrderByDescending(kv => kv.Value.Count).ThenByDescending(kv => kv.Key.ToDateOnly()).First();
        var at = best.Value.First;
        var excerpt = text.Substring(Math.Max(0, at - 30), Math.Min(text.Length - Math.Max(0, at - 30), 80));
        yield return new DateFinding(best.Key, DateFinding.Excerpt(excerpt, 100), best.Value.Count > 1 ? 0.45 : 0.35, Name);
    }
}

/// <summary>A copyright line's latest year ("© 2014–2016 Site"): year precision, last resort.</summary>
public sealed partial class CopyrightYearRule : IHtmlDateRule
{
    [GeneratedRegex(@"(?:©|&copy;|\(c\)|copyright)\s*(?:\p{L}+\s+)?(?:(?:19|20)\d{2}\s*[-–]\s*)?(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Copyright();

    public string Name => "copyright";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        var text = page.Dom.Body?.TextContent ?? "";
        if (text.Length > 500_000) text = text[^500_000..];
        var years = Copyright().Matches(text).Select(m => (Year: int.Parse(m.Groups["y"].Value), m.Value)).ToList();
        if (years.Count == 0) yield break;
        var best = years.MaxBy(y => y.Year);
        if (CalendarDate.TryCreate(best.Year, 1, 1, DatePrecision.Year) is { } d)
            yield return new DateFinding(d, DateFinding.Excerpt(best.Value, 60), 0.2, Name);
    }
}
