using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Authors;

/// <summary>
/// Turns byline strings into person names: strips "By"/"Von"/"Par"/"Автор:", splits "X and Y" / "X, Y",
/// and drops what is not a name (dates, URLs, e-mail addresses, "Admin", "Staff", role words), because
/// templates put all of these into author fields.
/// </summary>
public static partial class AuthorNames
{
    [GeneratedRegex(@"^\s*(?:written\s+)?(?:by|von|par|por|di|door|автор|авторы|от|بقلم)\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\bи\b|\bта\b|\bі\b|/)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"https?:|www\.|@|\d|\.com\b|\.org\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    private static readonly HashSet<string> Noise = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "administrator", "editor", "editors", "editorial", "staff", "staff writer", "team", "newsroom", "redaktion",
        "red", "author", "authors", "guest", "guest author", "anonymous", "unknown", "user", "webmaster", "desk", "news desk",
        "web desk", "online", "contributor", "correspondent", "reporter", "the editors", "editorial staff", "editorial team",
        "more", "read more", "posted", "published", "share", "follow", "comments", "none", "null", "photo", "video",
    };

    /// <summary>Names from one or more byline strings, in order, without duplicates.</summary>
    public static List<string> From(IEnumerable<string?> bylines)
    {
        var names = new List<string>();
        foreach (var raw in bylines)
        {
            if (string.IsNullOrWhiteSpace(raw) || raw.Length > 300) continue;
            var line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            line = ByPrefix().Replace(line, "");
            foreach (var part in Separator().Split(line))
            {
                var name = ByPrefix().Replace(part, "").Trim(' ', '.', ':', '-', '–', '|', '(', ')', '"', '“', '”');
                if (IsName(name) && !names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
            }
        }
        return names;
    }

    private static bool IsName(string s)
    {
        if (s.Length is < 3 or > 60 || NotAName().IsMatch(s) || Noise.Contains(s)) return false;
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5) return false;
        // A name starts with a capital letter in scripts that have case.
        return !char.IsLetter(s[0]) || !char.IsLower(s[0]);
    }
}
