using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Read.Feeds;

/// <summary>
/// Feed dates to ISO 8601: RSS uses RFC 822 dates ("Wed, 05 Apr 2017 10:00:00 GMT", RFC 822 §5, with the
/// four-digit years of RFC 1123), Atom uses RFC 3339 (RFC 4287 §3.3). A date that parses is normalised
/// to "2017-04-05T10:00:00+00:00"; anything else is passed on as written, for later stages to judge.
/// </summary>
public static partial class FeedDates
{
    // RFC 822 §5.1 zone names; military single letters are too rare (and too often wrong) to honour.
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["MSK"] = "+03:00", ["EET"] = "+02:00", ["EEST"] = "+03:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["BST"] = "+01:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss", "d MMM yyyy",
    ];

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<rest>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}.*?)\s*(?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?$")]
    private static partial Regex Rfc822();

    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        if (TryRfc822(text, out var date) || TryIso(text, out date))
            return date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return text;
    }

    private static bool TryRfc822(string text, out DateTimeOffset date)
    {
        date = default;
        var m = Rfc822().Match(text);
        if (!m.Success) return false;
        var rest = m.Groups["rest"].Value.Replace(".", "");
        var zone = m.Groups["zone"].Value;
        string offset;
        if (zone.Length == 0) offset = "+00:00";
        else if (zone[0] is '+' or '-') offset = zone.Contains(':') ? zone : zone[..3] + ":" + zone[3..];
        else if (!Zones.TryGetValue(zone, out offset!)) return false;
        return DateTimeOffset.TryParseExact($"{rest} {offset}", Rfc822Formats.Select(f => f.EndsWith("zzz") ? f : f + " zzz").ToArray(),
            CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    private static bool TryIso(string text, out DateTimeOffset date)
    {
        date = default;
        if (text.Length < 10 || !char.IsAsciiDigit(text[0])) return false;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date);
    }
}
