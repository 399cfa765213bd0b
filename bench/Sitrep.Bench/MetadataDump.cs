using Sitrep.Evaluation;
using Sitrep.Extract.Html;

/// <summary>Writes each AEB page's title, authors, outlet and date as one TSV line, to compare two builds'
/// metadata (the body is compared by <c>sitrep eval extraction --dump</c>).</summary>
internal static class MetadataDump
{
    public static void Write(IReadOnlyList<AebPage> pages, string path)
    {
        var extractor = new HtmlExtractor();
        using var w = new StreamWriter(path);
        foreach (var page in pages)
        {
            var d = extractor.Extract(ExtractionSystem.Decode(page));
            w.WriteLine(string.Join('\t', page.Key, d.Title, string.Join("; ", d.Authors), d.Outlet?.Name, d.Outlet?.Domain, d.Published?.Date, d.Published?.Precision, d.Comments.Count, d.Warnings.Count));
        }
    }
}
