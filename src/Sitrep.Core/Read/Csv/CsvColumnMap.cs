namespace Sitrep.Read.Csv;

/// <summary>Which header columns hold the page and its hints (-1: absent).</summary>
internal sealed record CsvColumnMap(int Text, bool TextIsHtml, int Title, int Date, int Source, int Url)
{
    /// <summary>Columns named by the options (case-insensitive) or, where not named, detected from the header
    /// with <see cref="CsvHeader"/>'s name lists. Null with a reason when there is no usable text column.</summary>
    public static CsvColumnMap? Choose(IReadOnlyList<string> header, CsvColumns options, out string? error)
    {
        error = null;
        var names = header.Select(CsvHeader.Normalise).ToArray();
        var listing = string.Join(", ", header.Select(h => $"\"{h.Trim()}\""));

        int Find(string? requested, string flag, string[] known, out string? problem)
        {
            problem = null;
            if (requested is not null)
            {
                int i = Array.IndexOf(names, CsvHeader.Normalise(requested));
                if (i < 0) problem = $"the CSV header has no column \"{requested}\" (named by {flag}); its columns are {listing}";
                return i;
            }
            foreach (var name in known)
            {
                int i = Array.IndexOf(names, name);
                if (i >= 0) return i;
            }
            return -1;
        }

        int text = Find(options.Text, "--text-column", CsvHeader.TextNames, out error);
        if (error is not null) return null;
        bool html = false;
        if (text < 0)
        {
            text = Find(null, "", CsvHeader.HtmlNames, out _);
            html = text >= 0;
        }
        else html = CsvHeader.HtmlNames.Contains(names[text]);
        if (text < 0)
        {
            error = $"the CSV header names no text column (looked for {string.Join(", ", CsvHeader.TextNames)}); its columns are {listing}. Use --text-column NAME to say which column holds the article text";
            return null;
        }
        int title = Find(options.Title, "--title-column", CsvHeader.TitleNames, out error);
        if (error is not null) return null;
        int date = Find(options.Date, "--date-column", CsvHeader.DateNames, out error);
        if (error is not null) return null;
        int source = Find(options.Source, "--source-column", CsvHeader.SourceNames, out error);
        if (error is not null) return null;
        int url = Find(options.Url, "--url-column", CsvHeader.UrlNames, out error);
        if (error is not null) return null;
        return new CsvColumnMap(text, html, title, date, source, url);
    }
}
