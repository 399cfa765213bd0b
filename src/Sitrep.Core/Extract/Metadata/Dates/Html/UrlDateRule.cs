using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// Dates in the page address: /2016/12/16/, /2016-12-16-, /16-12-2016, /20161216/. Content systems put the
/// publication day there when the article is created, so a full date is a strong signal; a year and
/// month alone (/2016/12/) gives month precision and is kept for later in the cascade.
/// </summary>
public static partial class UrlDates
{
    // With slashes the day must be a whole path segment: in /2023/10/3-fragen-an the "3" starts the slug.
    [GeneratedRegex(@"(?<![\d])(?<y>(?:199[5-9]|20\d{2}))(?:/(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\d|3[01])(?=[/?#.]|$)|(?<s>[_.-])(?<m>0?[1-9]|1[0-2])\k<s>(?<d>0?[1-9]|[12]\d|3[01])(?![\d]))", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:199[5-9]|20\d{2}))(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    // Day first, as German and French systems write it: /meldungen/29-10-2021, vom_22.04.2020.
    [GeneratedRegex(@"(?<![\d])(?<d>0?[1-9]|[12]\d|3[01])(?<s>[._-])(?<m>0?[1-9]|1[0-2])\k<s>(?<y>(?:199[5-9]|20\d{2}))(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(@"/(?<y>(?:199[5-9]|20\d{2}))[/_-](?<m>0?[1-9]|1[0-2])(?:/|$|[_-](?!\d))", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    public static DateFinding? Full(string? url)
    {
        var path = PathOf(url);
        if (path is null) return null;
        foreach (var regex in new[] { FullDate(), DayFirstDate(), CompactDate() })
        {
            var m = regex.Match(path);
            if (m.Success && CalendarDate.TryCreate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value), DatePrecision.Day) is { } d)
                return new DateFinding(d, "URL " + DateFinding.Excerpt(path, 100), 0.8, "url");
        }
        return null;
    }

    public static DateFinding? YearAndMonth(string? url)
    {
        var path = PathOf(url);
        if (path is null) return null;
        var m = YearMonth().Match(path);
        if (m.Success && CalendarDate.TryCreate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), 1, DatePrecision.Month) is { } d)
            return new DateFinding(d, "URL " + DateFinding.Excerpt(path, 100), 0.5, "url-month");
        return null;
    }

    /// <summary>
    /// Path and query only: a host name never carries the publication date. An archived copy
    /// (web.archive.org/web/20160218174457/http://site/2010/05/...) is read through to the original
    /// address: the 14-digit prefix is the capture time, not the publication.
    /// </summary>
    private static string? PathOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = ArchivedUrl.Original(url);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri)) return uri.PathAndQuery;
        return url;
    }

}

public sealed class UrlDateRule : IHtmlDateRule
{
    public string Name => "url";
    public IEnumerable<DateFinding> Find(HtmlDatePage page) => UrlDates.Full(page.Url) is { } f ? [f] : [];
}

public sealed class UrlMonthRule : IHtmlDateRule
{
    public string Name => "url-month";
    public IEnumerable<DateFinding> Find(HtmlDatePage page) => UrlDates.YearAndMonth(page.Url) is { } f ? [f] : [];
}
