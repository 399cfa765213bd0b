using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Dates;

/// <summary>A date expression found in a string: where it is and what it says.</summary>
public readonly record struct DateMatch(CalendarDate Date, int Index, int Length);

/// <summary>
/// Finds date expressions in free text and attribute values: ISO 8601 (and its slash/dot variants),
/// day-month-year numerals, month names in the languages of <see cref="MonthNames"/> in either order,
/// and month-year. Two-digit years and compact YYYYMMDD are only read where the caller says the string
/// is a date field (meta content, a URL segment), because in running text they are mostly other numbers.
/// </summary>
public static class DateExpressions
{
    // Generous: the patterns have no nested quantifiers, so the limit only guards against the unforeseen;
    // a tight limit made results depend on machine load (a short line timed out on a loaded machine).
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const string Year = @"(?<y>(?:19|20)\d{2})";
    private static readonly string Month = $@"(?<mon>{MonthNames.Pattern})";
    private const string NotLetterBefore = @"(?<!\p{L})";
    private const string NotLetterAfter = @"(?!\p{L})";

    // ISO 8601 calendar date (RFC 3339 §5.6 full-date) and the y/m/d variants with '/' or '.'.
    private static readonly Regex Iso = new(@"(?<!\d)" + Year + @"(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d)", Options, Timeout);

    // 16.12.2016, 16/12/2016, 16-12-2016 (12/16/2016 is read month-first when the first number cannot be a month).
    private static readonly Regex Numeric = new(@"(?<!\d)(?<d>\d{1,2})(?<s>[-/.])(?<m>\d{1,2})\k<s>" + Year + @"(?!\d)", Options, Timeout);

    // 16.12.16: only in date fields.
    private static readonly Regex NumericShortYear = new(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{2})(?![\d.])", Options, Timeout);

    // 16 December 2016, 16. Dezember 2016, 16 de diciembre de 2016, 16 декабря 2016 г.
    // The "(?=\p{L})" before the month changes no match (every name starts with a letter); it spares the engine
    // trying all ~190 names after each number that is not followed by a word ("20, 2019"), which was most of
    // this pattern's cost.
    private static readonly Regex DayMonthYear = new(
        @"(?<!\d)(?<d>\d{1,2})(?:\.|st|nd|rd|th|er|º)?\s*(?:de\s+|of\s+)?" + NotLetterBefore + @"(?=\p{L})" + Month + NotLetterAfter + @"\.?[,،]?\s*(?:de\s+)?" + Year + @"(?!\d)",
        Options, Timeout);

    // December 16, 2016; Dec. 16th 2016.
    private static readonly Regex MonthDayYear = new(
        NotLetterBefore + Month + NotLetterAfter + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?[,،]?\s+" + Year + @"(?!\d)", Options, Timeout);

    // December 2016, JULY 2022.
    private static readonly Regex MonthYear = new(NotLetterBefore + Month + NotLetterAfter + @"\.?,?\s+" + Year + @"(?!\d)", Options, Timeout);

    // 20161216: only in date fields and URLs.
    private static readonly Regex Compact = new(@"(?<!\d)" + Year + @"(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?!\d)", Options, Timeout);

    /// <summary>Every date expression in <paramref name="text"/>, in reading order, overlaps resolved in favour of the fuller one.</summary>
    /// <param name="field">True when the string is known to hold a date (meta content, datetime attribute, URL).</param>
    public static List<DateMatch> FindAll(string text, bool field = false)
    {
        var found = new List<DateMatch>();
        if (string.IsNullOrEmpty(text)) return found;
        text = Digits.ToAscii(text);
        if (!MayHoldDate(text, field)) return found;
        try
        {
            Collect(found, Iso, text, isoOrder: true);
            Collect(found, Numeric, text, isoOrder: false, monthFirstSlash: field);
            if (HasLetter(text))
                foreach (var (start, length) in NamedDateRegions(text))
                {
                    // Only around month names (see MonthWordWindows: the same matches, a fraction of the search).
                    var dayFirst = MonthWordWindows.Find(text, start, length, MonthWordWindows.DayFirst);
                    if (dayFirst.Count == 0) continue;
                    var monthFirst = MonthWordWindows.Find(text, start, length, before: 0);
                    CollectNamed(found, DayMonthYear, text, dayFirst, DatePrecision.Day);
                    CollectNamed(found, MonthDayYear, text, monthFirst, DatePrecision.Day);
                    CollectNamed(found, MonthYear, text, monthFirst, DatePrecision.Month);
                }
            if (field)
            {
                Collect(found, Compact, text, isoOrder: true);
                Collect(found, NumericShortYear, text, isoOrder: false);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile or pathological text: keep what was found so far.
        }
        return RemoveOverlaps(found);
    }

    /// <summary>
    /// A cheap necessary condition, checked before the patterns run (most strings asked about hold no date:
    /// byline blocks, meta values, class-named elements): every pattern needs a four-digit year 19xx/20xx,
    /// except the field-only ones, which need two adjacent digits.
    /// </summary>
    private static bool MayHoldDate(string text, bool field)
    {
        var span = text.AsSpan();
        for (int i = span.IndexOfAnyInRange('0', '9'); i >= 0 && i + 1 < span.Length; )
        {
            char a = span[i], b = span[i + 1];
            if (field && char.IsAsciiDigit(b)) return true;
            if ((a == '1' && b == '9' || a == '2' && b == '0') && i + 3 < span.Length && char.IsAsciiDigit(span[i + 2]) && char.IsAsciiDigit(span[i + 3]))
                return true;
            int next = span[(i + 1)..].IndexOfAnyInRange('0', '9');
            if (next < 0) return false;
            i += 1 + next;
        }
        return false;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>Texts shorter than this are searched whole for month names.</summary>
    private const int RegionSearchFrom = 2_000;

    /// <summary>Non-space characters a month-name date can hold before its year ("16th de septiembre de ", "Sept. 16th, "): well under this.</summary>
    private const int NamedDateSpan = 48;

    /// <summary>
    /// Where a month-name date can be in a long text (a page's visible text). The three month-name patterns all
    /// END with a year, and hold fewer than <see cref="NamedDateSpan"/> non-space characters before it, so every
    /// match lies in a region reaching back that far from some "19xx"/"20xx" (plus the digit test after it), widened
    /// to a word boundary so that the patterns' "not a letter/digit before" tests see what they would in the whole
    /// text. Overlapping regions are merged. The patterns' start (a month-name alternation after a lookbehind)
    /// offers the engine no cheap prefix to skip to, so running them only here, instead of over 30-300 kB of text,
    /// was most of the date cost; the matches are the same.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> NamedDateRegions(string text)
    {
        if (text.Length < RegionSearchFrom)
        {
            yield return (0, text.Length);
            yield break;
        }
        int regionStart = -1, regionEnd = -1;
        for (int i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i + 3 < text.Length;)
        {
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                int start = i, count = 0;
                while (start > 0 && count < NamedDateSpan)
                {
                    if (!char.IsWhiteSpace(text[start - 1])) count++;
                    start--;
                }
                while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
                int end = Math.Min(text.Length, i + 5);
                if (regionEnd >= 0 && start <= regionEnd) regionEnd = Math.Max(regionEnd, end);
                else
                {
                    if (regionEnd >= 0) yield return (regionStart, regionEnd - regionStart);
                    regionStart = start;
                    regionEnd = end;
                }
            }
            int next = text.AsSpan(i + 1).IndexOfAnyInRange('0', '9');
            if (next < 0) break;
            i += 1 + next;
        }
        if (regionEnd >= 0) yield return (regionStart, regionEnd - regionStart);
    }

    /// <summary>The first date in a date field (meta content, datetime attribute), or null.</summary>
    public static CalendarDate? ParseField(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (LeadingIsoDate(value) is { } iso) return iso;
        var all = FindAll(value.Length > 200 ? value[..200] : value, field: true);
        return all.Count == 0 ? null : all[0].Date;
    }

    /// <summary>
    /// The common case of a date field, "2019-11-19T10:00:00Z" or "2019-11-19": a leading ISO 8601 date not
    /// followed by a digit. <see cref="FindAll"/> would return the same date first (no other pattern can match
    /// at offset 0 of such a string), at the cost of running every pattern.
    /// </summary>
    private static CalendarDate? LeadingIsoDate(string value)
    {
        var s = value.AsSpan().TrimStart();
        if (s.Length < 10 || (s.Length > 10 && char.IsAsciiDigit(s[10])) || s[4] != '-' || s[7] != '-') return null;
        if (!(s[0] == '1' && s[1] == '9' || s[0] == '2' && s[1] == '0')) return null;
        foreach (int i in (ReadOnlySpan<int>)[2, 3, 5, 6, 8, 9])
            if (!char.IsAsciiDigit(s[i])) return null;
        int year = int.Parse(s[..4]), month = int.Parse(s[5..7]), day = int.Parse(s[8..10]);
        return CalendarDate.TryCreate(year, month, day, DatePrecision.Day);
    }

    /// <param name="monthFirstSlash">Read "11/01/2023" month first: machine fields written with slashes come from US-default formatting.</param>
    private static void Collect(List<DateMatch> found, Regex regex, string text, bool isoOrder, bool monthFirstSlash = false)
    {
        foreach (Match m in regex.Matches(text))
        {
            int year = ToYear(m.Groups["y"].Value);
            int a = int.Parse(m.Groups["m"].Value), b = int.Parse(m.Groups["d"].Value);
            CalendarDate? date;
            if (isoOrder) date = CalendarDate.TryCreate(year, a, b, DatePrecision.Day);
            else
            {
                // Numeric day-month-year: most of the world writes the day first; read month-first (US)
                // only when the second number cannot be a month (12/16/2016).
                date = monthFirstSlash && m.Groups["s"].Value == "/"
                    ? CalendarDate.TryCreate(year, b, a, DatePrecision.Day) ?? CalendarDate.TryCreate(year, a, b, DatePrecision.Day)
                    : CalendarDate.TryCreate(year, a, b, DatePrecision.Day) ?? CalendarDate.TryCreate(year, b, a, DatePrecision.Day);
            }
            if (date is { } d) found.Add(new DateMatch(d, m.Index, m.Length));
        }
    }

    private static void CollectNamed(List<DateMatch> found, Regex regex, string text, List<(int Start, int Length)> windows, DatePrecision precision)
    {
        foreach (var (start, length) in windows)
            CollectNamed(found, regex, text, start, length, precision);
    }

    private static void CollectNamed(List<DateMatch> found, Regex regex, string text, int start, int length, DatePrecision precision)
    {
        for (var m = regex.Match(text, start, length); m.Success; m = m.NextMatch())
        {
            int month = MonthNames.Parse(m.Groups["mon"].Value);
            if (month == 0) continue;
            int year = ToYear(m.Groups["y"].Value);
            int day = precision == DatePrecision.Day ? int.Parse(m.Groups["d"].Value) : 1;
            if (CalendarDate.TryCreate(year, month, day, precision) is { } d) found.Add(new DateMatch(d, m.Index, m.Length));
        }
    }

    private static int ToYear(string y) => y.Length == 2 ? 2000 + int.Parse(y) : int.Parse(y);

    private static List<DateMatch> RemoveOverlaps(List<DateMatch> found)
    {
        if (found.Count < 2) return found;
        found.Sort((x, y) => x.Index != y.Index ? x.Index.CompareTo(y.Index) : y.Length.CompareTo(x.Length));
        var kept = new List<DateMatch>(found.Count);
        foreach (var m in found)
        {
            if (kept.Count > 0)
            {
                var last = kept[^1];
                if (m.Index < last.Index + last.Length)
                {
                    // Overlap: keep the more precise, then the longer.
                    if (m.Date.Precision > last.Date.Precision || (m.Date.Precision == last.Date.Precision && m.Length > last.Length)) kept[^1] = m;
                    continue;
                }
            }
            kept.Add(m);
        }
        return kept;
    }
}

/// <summary>Arabic-Indic and Persian digits to ASCII, one char for one char (so match offsets stay valid).</summary>
public static class Digits
{
    public static string ToAscii(string s)
    {
        int i = 0;
        for (; i < s.Length; i++) if (s[i] is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9') break;
        if (i == s.Length) return s;
        var chars = s.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0660' and <= '\u0669') chars[i] = (char)('0' + chars[i] - '\u0660');
            else if (chars[i] is >= '\u06F0' and <= '\u06F9') chars[i] = (char)('0' + chars[i] - '\u06F0');
        }
        return new string(chars);
    }
}
