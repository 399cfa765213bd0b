namespace Sitrep.Read.Csv;

/// <summary>Recognises a CSV header that names a text column, and the names that mark each column's role.
/// Lists are in order of preference: the first name present wins.</summary>
public static class CsvHeader
{
    public static readonly string[] TextNames = ["text", "content", "article_content", "body", "article", "article_text", "full_text", "maintext", "story", "snippet"];
    public static readonly string[] HtmlNames = ["html", "raw_html", "content_html", "body_html"];
    public static readonly string[] TitleNames = ["title", "article_title", "headline", "heading"];
    public static readonly string[] DateNames = ["date", "published", "pubdate", "publish_date", "published_at", "date_publish", "datetime", "timestamp"];
    public static readonly string[] SourceNames = ["source", "outlet", "publisher", "site", "source_name", "domain", "media"];
    public static readonly string[] UrlNames = ["url", "link", "source_url", "page_url", "href"];

    /// <summary>True when the first line is a delimited header naming a text column, or the file is named
    /// .csv/.tsv and its first line has delimiters. Header names must look like column names, so a prose line
    /// such as "Text, photos: Reuters" is not taken for a header.</summary>
    public static bool LooksLikeCsv(string sample, string extension)
    {
        int nl = sample.IndexOf('\n');
        var first = (nl < 0 ? sample : sample[..nl]).TrimEnd('\r');
        char delimiter = GuessDelimiter(first);
        if (delimiter == '\0') return false;
        var names = first.Split(delimiter).Select(Normalise).ToArray();
        if (names.Any(n => TextNames.Contains(n) || HtmlNames.Contains(n)) && names.All(LooksLikeName)) return true;
        return extension is ".csv" or ".tsv";
    }

    private static bool LooksLikeName(string name) =>
        name.Length <= 40 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '#' or '/');

    public static char GuessDelimiter(string headerLine)
    {
        char best = '\0';
        int bestCount = 0;
        foreach (var d in (ReadOnlySpan<char>)[',', '\t', ';', '|'])
        {
            int count = headerLine.Count(c => c == d);
            if (count > bestCount) { best = d; bestCount = count; }
        }
        return best;
    }

    public static string Normalise(string name) => name.Trim().Trim('"').Trim().TrimStart('\uFEFF').ToLowerInvariant().Replace(' ', '_');
}
