using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Authors;

/// <summary>
/// Turns byline strings into person names: strips "By"/"Von"/"Par"/"Автор:", splits "X and Y" / "X, Y",
/// and drops what is not a name (dates, URLs, e-mail addresses, "Admin", "Staff", role words), because
/// templates put all of these into author fields.
/// </summary>
public static partial class AuthorNames
{
    [GeneratedRegex(@"^\s*(?:(?:analysis|opinion|commentary|story|reporting|report|text|words|interview|written|posted|photos?)\s+)?(?:by|von|par|por|di|door|автор|авторы|от|بقلم)\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\bи\b|\bта\b|\bі\b|/)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"https?:|www\.|@|\d|\.com\b|\.org\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    // Job titles and desks are not people: "CNN Editor-at-large", "News Nation Bureau", "Staff Writer".
    [GeneratedRegex(@"\b(?:editor|editors|correspondent|reporter|writer|contributor|columnist|staff|bureau|desk|producer|redaktion|agency|agencies|news service|wire)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();

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

    /// <summary>
    /// Drops bylines that name a publisher, not a person: the page's own outlet ("Makronom",
    /// "Business Insider" on "Business Insider Deutschland") or any outlet of the table ("CNN" credited on MSN).
    /// </summary>
    public static List<string> WithoutOutlets(IEnumerable<string> names, Documents.Outlet outlet, Outlets.OutletTable? table = null)
    {
        table ??= Outlets.OutletTable.Default;
        return names.Where(n =>
            table.ByName(n) is null &&
            !(outlet.Name is { } o && (o.StartsWith(n, StringComparison.OrdinalIgnoreCase) || n.StartsWith(o, StringComparison.OrdinalIgnoreCase)))).ToList();
    }

    private static bool IsName(string s)
    {
        if (s.Length is < 2 or > 60 || NotAName().IsMatch(s) || Noise.Contains(s) || Role().IsMatch(s)) return false;
        // Credentials split off a byline ("Ilana Muhlstein, MS, RDN") are short all-capital tokens.
        if (s.Length <= 5 && s.All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5) return false;
        // A name starts with a capital letter in scripts that have case.
        return !char.IsLetter(s[0]) || !char.IsLower(s[0]);
    }
}
