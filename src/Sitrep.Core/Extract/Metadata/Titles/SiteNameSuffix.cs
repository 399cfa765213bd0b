namespace Sitrep.Extract.Metadata.Titles;

/// <summary>
/// Strips the site name that templates glue to a page title: "Title | Site", "Title - Site",
/// "Site: Title", "Title « Site". A segment is cut when it names the site (og:site_name, outlet, domain
/// label); without a known site name, only a short trailing segment after a strong separator (" | ",
/// " « ", " :: ") is cut, since " - " also separates real title parts.
/// </summary>
public static class SiteNameSuffix
{
    private static readonly string[] Separators = [" | ", " || ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ", ": "];
    private static readonly string[] StrongSeparators = [" | ", " || ", " :: ", " « ", " » ", " · "];

    public static string Strip(string title, IEnumerable<string?> siteNames)
    {
        title = title.Trim();
        var names = siteNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Key(n!)).Where(k => k.Length > 1).ToList();
        foreach (var sep in Separators)
        {
            int last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0 && IsSite(title[(last + sep.Length)..], names)) return Strip(title[..last], names.Count == 0 ? [] : siteNames);
            int first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && IsSite(title[..first], names)) return Strip(title[(first + sep.Length)..], siteNames);
        }
        foreach (var sep in StrongSeparators)
        {
            int last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last <= 0) continue;
            var tail = title[(last + sep.Length)..];
            var head = title[..last];
            if (Words(tail) <= 4 && Words(head) >= 2 * Words(tail)) return head.Trim();
        }
        return title;
    }

    private static bool IsSite(string segment, List<string> names)
    {
        var key = Key(segment);
        if (key.Length == 0) return false;
        return names.Any(n => key == n || (key.Length >= 3 && (key.StartsWith(n, StringComparison.Ordinal) || n.StartsWith(key, StringComparison.Ordinal)) && Words(segment) <= 5));
    }

    /// <summary>Lower-cased letters and digits only, so "RT.com", "RT" and "rt" compare equal on their first part.</summary>
    private static string Key(string s)
    {
        s = s.Trim();
        int dot = s.LastIndexOf('.');
        if (dot > 0 && !s.Contains(' ') && s.Length - dot <= 5) s = s[..dot];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        return new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
