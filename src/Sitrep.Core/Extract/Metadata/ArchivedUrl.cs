using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata;

/// <summary>
/// Reads an archived copy's address through to the original: web.archive.org/web/20160218174457/http://site/...
/// is the page of "site", and its 14-digit prefix is the capture time, not the publication.
/// </summary>
public static partial class ArchivedUrl
{
    [GeneratedRegex(@"^https?://(?:web\.)?archive\.org/web/\d{1,14}[a-z_]*/(?<orig>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wayback();

    /// <summary>The original address of an archived copy, or the address itself.</summary>
    public static string Original(string url)
    {
        var m = Wayback().Match(url);
        if (!m.Success) return url;
        var orig = m.Groups["orig"].Value;
        return orig.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? orig : "http://" + orig;
    }
}
