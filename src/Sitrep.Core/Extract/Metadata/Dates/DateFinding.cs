namespace Sitrep.Extract.Metadata.Dates;

/// <summary>A publication-date candidate: the date, the markup or text it came from, how much the source is trusted, and which rule found it.</summary>
public sealed record DateFinding(CalendarDate Date, string Evidence, double Confidence, string Rule)
{
    /// <summary>True when the source was a timestamp in UTC ("…T23:00Z", "+00:00"): its calendar day may differ from the publisher's local day.</summary>
    public bool Utc => UtcHour is not null;

    /// <summary>The hour of a UTC timestamp (0..23), or null when the source was not one.</summary>
    public int? UtcHour { get; init; }

    /// <summary>
    /// Whether a local dateline <paramref name="localDay"/> can be this UTC timestamp's day in a populated
    /// time zone: the next day from 19:00 UTC on (UTC+5 and east), the day before until 09:00 UTC
    /// (the Americas, UTC−9 and west of it).
    /// </summary>
    public bool MayBeLocally(CalendarDate localDay)
    {
        if (UtcHour is not { } hour) return false;
        int shift = localDay.ToDateOnly().DayNumber - Date.ToDateOnly().DayNumber;
        return shift switch { 1 => hour >= 19, -1 => hour < 9, _ => false };
    }

    /// <summary>The hour of a UTC timestamp (RFC 3339 §4.3: "Z" or a zero offset), or null for any other value.</summary>
    public static int? UtcHourOf(string? value)
    {
        if (value is null) return null;
        var v = value.Trim();
        bool utc = v.EndsWith('Z') || v.Contains("+00:00", StringComparison.Ordinal) || v.Contains("+0000", StringComparison.Ordinal);
        int t = v.IndexOf('T');
        if (!utc || t < 0 || t + 3 > v.Length || !int.TryParse(v.AsSpan(t + 1, 2), out var hour) || hour > 23) return null;
        return hour;
    }


    public Documents.PublishedDate ToPublished() =>
        new(Date.Format(), Date.PrecisionName, Evidence, Math.Round(Confidence, 2));

    /// <summary>Cuts evidence to a short excerpt: enough to find it on the page, not a copy of the page.</summary>
    public static string Excerpt(string text, int max = 120)
    {
        text = Normalise(text);
        return text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
    }

    private static string Normalise(string s)
    {
        var sb = new System.Text.StringBuilder(Math.Min(s.Length, 400));
        bool space = false;
        foreach (var c in s)
        {
            if (sb.Length >= 400) break;
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
