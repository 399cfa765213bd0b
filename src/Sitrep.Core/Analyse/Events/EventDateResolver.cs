using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Analyse.Events;

/// <summary>
/// Finds the date a sentence gives its event and resolves it against the article's own date:
/// absolute ("May 25", "25 May 2017", "Oct. 30", "December 2016"), spans ("on the night of May 29 to 30", "May 29-30"),
/// weekdays ("on Monday", "last Tuesday": the latest such day before the article), and relative words ("yesterday",
/// "last week", "two days ago", "earlier the same day", "the previous day", which lean on the previous event's date).
/// A date without a year takes the article's year (the year before when that would put it after the article).
/// Without an article date, a month and day keep an unknown year ("--05-25") and relative dates stay unresolved;
/// when the article's date is uncertain the event's date carries a warning.
/// </summary>
public static partial class EventDateResolver
{
    /// <summary>Below this confidence the article's date is "uncertain" and resolved event dates say so.</summary>
    public const double UncertainBelow = 0.5;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private const string Month = @"(?<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:to|-|–|and)\s*(?<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<year>(?:19|20)\d\d))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:to|-|–)\s*(?<day2>\d{1,2}))?\s+(?:of\s+)?" + Month + @"(?:,?\s+(?<year>(?:19|20)\d\d))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:in\s+)?(?:(?:early|mid|late)[-\s])?" + Month + @"\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<rel>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|overnight|last\s+week|last\s+month|last\s+year|earlier\s+(?:the\s+same|that|this)\s+day|(?:on\s+)?the\s+same\s+day|(?:on\s+)?the\s+previous\s+day|the\s+day\s+before|(?:on\s+)?the\s+(?:next|following)\s+day|(?<n>\d+|two|three|four|five|six|seven|ten)\s+days\s+ago)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    /// <summary>The date of an event told in <paramref name="sentence"/>; <paramref name="previous"/> is the date of the
    /// event told just before (for "the same day", "the previous day").</summary>
    public static EventDate? Resolve(string sentence, PublishedDate? published, EventDate? previous)
    {
        var pub = ParsePublished(published);
        var uncertain = published is not null && published.Confidence < UncertainBelow
            ? $"resolved against the article's date {published.Date}, which is uncertain (confidence {published.Confidence.ToString("0.##", CultureInfo.InvariantCulture)})"
            : null;
        var noPub = "the article has no date: year unknown";

        // Cheap gates before the regexes: every absolute date has a digit; every relative one one of these words.
        var digits = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (!digits && !MayHoldRelative(sentence)) return null;
        if (digits && MonthDay().Match(sentence) is { Success: true } md) return FromMonthDay(md, pub, uncertain, noPub);
        if (digits && DayMonth().Match(sentence) is { Success: true } dm) return FromMonthDay(dm, pub, uncertain, noPub);
        if (digits && MonthYear().Match(sentence) is { Success: true } my)
        {
            var m = MonthNumber(my.Groups["month"].Value);
            return new EventDate($"{my.Groups["year"].Value}-{m:00}", "month", my.Value.Trim());
        }
        if (Relative().Match(sentence) is { Success: true } rel) return FromRelative(rel, pub, previous, uncertain);
        if (Weekday().Match(sentence) is { Success: true } wd)
        {
            // The weekday regex starts at the day's name (a leading optional word would make it try every position).
            var before = sentence.AsSpan(0, wd.Index).TrimEnd();
            var last = before.EndsWith("last", StringComparison.OrdinalIgnoreCase) || before.EndsWith("this past", StringComparison.OrdinalIgnoreCase) ? "last" : "";
            var text = (last.Length > 0 ? sentence[(before.Length - (before.EndsWith("last", StringComparison.OrdinalIgnoreCase) ? 4 : 9))..(wd.Index + wd.Length)] : wd.Value).Trim();
            if (pub is not { } p) return null;
            var target = Enum.Parse<DayOfWeek>(wd.Groups["wd"].Value, ignoreCase: true);
            // "on Monday" in news is the latest Monday up to the article's day; "last Monday" is strictly before it.
            var back = ((int)p.DayOfWeek - (int)target + 7) % 7;
            if (back == 0 && last.StartsWith("last", StringComparison.Ordinal)) back = 7;
            return new EventDate(Iso(p.AddDays(-back)), "day", text, null, uncertain);
        }
        return null;
    }

    private static bool MayHoldRelative(string s) =>
        s.Contains("day", StringComparison.OrdinalIgnoreCase) || s.Contains("night", StringComparison.OrdinalIgnoreCase)
        || s.Contains("week", StringComparison.OrdinalIgnoreCase) || s.Contains("month", StringComparison.OrdinalIgnoreCase)
        || s.Contains("year", StringComparison.OrdinalIgnoreCase) || s.Contains("morning", StringComparison.OrdinalIgnoreCase)
        || s.Contains("afternoon", StringComparison.OrdinalIgnoreCase) || s.Contains("evening", StringComparison.OrdinalIgnoreCase)
        || s.Contains("ago", StringComparison.OrdinalIgnoreCase);

    private static EventDate FromMonthDay(Match m, DateOnly? pub, string? uncertain, string noPub)
    {
        var month = MonthNumber(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var text = m.Value.Trim();
        if (day is < 1 or > 31) return new EventDate(Iso(pub ?? default), "month", text, null, "day out of range");
        int? day2 = m.Groups["day2"].Success ? int.Parse(m.Groups["day2"].Value, CultureInfo.InvariantCulture) : null;
        if (day2 is { } d2 && (d2 <= day || d2 > 31)) day2 = null;
        if (m.Groups["year"].Success)
        {
            var y = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            return Make(y, month, day, day2, text, null);
        }
        if (pub is not { } p)
            return new EventDate($"--{month:00}-{Math.Min(day, 31):00}", "day", text, day2 is { } e ? $"--{month:00}-{e:00}" : null, noPub);
        var year = p.Year;
        // A day after the article (beyond a two-day slack for time zones) belongs to the year before.
        if (SafeDate(year, month, day) is { } candidate && candidate > p.AddDays(2)) year--;
        return Make(year, month, day, day2, text, uncertain);
    }

    private static EventDate Make(int year, int month, int day, int? day2, string text, string? warning)
    {
        if (SafeDate(year, month, day) is not { } start) return new EventDate($"{year}-{month:00}", "month", text, null, warning);
        var end = day2 is { } d2 && SafeDate(year, month, d2) is { } e ? Iso(e) : null;
        return new EventDate(Iso(start), "day", text, end, warning);
    }

    private static EventDate? FromRelative(Match m, DateOnly? pub, EventDate? previous, string? uncertain)
    {
        var text = m.Value.Trim();
        var key = Regex.Replace(text.ToLowerInvariant(), @"\s+", " ");
        if (key.Contains("same day") || key.Contains("that day") || key.Contains("this day"))
            return previous is null ? null : previous with { Text = text, End = null };
        if (key.Contains("previous day") || key.Contains("day before"))
            return Shift(previous, -1, text);
        if (key.Contains("next day") || key.Contains("following day"))
            return Shift(previous, 1, text);
        if (pub is not { } p) return null;
        if (m.Groups["n"].Success)
        {
            var n = m.Groups["n"].Value;
            var days = char.IsDigit(n[0]) ? int.Parse(n, CultureInfo.InvariantCulture) : Array.IndexOf(["", "one", "two", "three", "four", "five", "six", "seven", "", "", "ten"], n.ToLowerInvariant());
            return new EventDate(Iso(p.AddDays(-Math.Max(0, days))), "day", text, null, uncertain);
        }
        return key switch
        {
            "yesterday" or "last night" => new EventDate(Iso(p.AddDays(-1)), "day", text, null, uncertain),
            "overnight" => new EventDate(Iso(p.AddDays(-1)), "day", text, Iso(p), uncertain),
            "last week" => new EventDate(Iso(p.AddDays(-7)), "month", text, null, uncertain),   // the contract knows day|month|year: a week is coarser than a day
            "last month" => new EventDate(Iso(p.AddMonths(-1))[..7], "month", text, null, uncertain),
            "last year" => new EventDate((p.Year - 1).ToString(CultureInfo.InvariantCulture), "year", text, null, uncertain),
            _ => new EventDate(Iso(p), "day", text, null, uncertain),      // today, tonight, this morning...
        };
    }

    private static EventDate? Shift(EventDate? previous, int days, string text)
    {
        if (previous is null || !DateOnly.TryParseExact(previous.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
        return new EventDate(Iso(d.AddDays(days)), "day", text, null, previous.Warning);
    }

    public static DateOnly? ParsePublished(PublishedDate? published)
    {
        if (published is null) return null;
        var s = published.Date;
        if (DateOnly.TryParseExact(s.Length >= 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateOnly.TryParseExact(s, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) return m;
        return null;
    }

    private static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < 12; i++)
            if (MonthNames[i].StartsWith(key[..Math.Min(3, key.Length)], StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 1;
    }

    private static DateOnly? SafeDate(int y, int m, int d) => d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
