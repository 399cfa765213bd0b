namespace Sitrep.Extract.Metadata.Dates;

/// <summary>A publication-date candidate: the date, the markup or text it came from, how much the source is trusted, and which rule found it.</summary>
public sealed record DateFinding(CalendarDate Date, string Evidence, double Confidence, string Rule)
{
    /// <summary>True when the source was a timestamp in UTC ("…T23:00Z", "+00:00"): its calendar day may differ from the publisher's local day.</summary>
    public bool Utc { get; init; }

    /// <summary>Whether a machine timestamp is written in UTC (RFC 3339 §4.3: "Z" or a zero offset).</summary>
    public static bool IsUtcStamp(string? value) =>
        value is not null && value.Contains('T') &&
        (value.TrimEnd().EndsWith('Z') || value.Contains("+00:00", StringComparison.Ordinal) || value.Contains("+0000", StringComparison.Ordinal));

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
