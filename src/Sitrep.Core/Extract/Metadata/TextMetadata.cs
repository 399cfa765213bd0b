using Sitrep.Documents;
using Sitrep.Extract.Metadata.Authors;
using Sitrep.Extract.Metadata.Outlets;
using Sitrep.Extract.Metadata.Text;
using Sitrep.Extract.Metadata.Titles;

namespace Sitrep.Extract.Metadata;

/// <summary>Title, authors, outlet and publication date of a flattened text page (header lines, bylines, dates in the text, signatures).</summary>
public static class TextMetadata
{
    /// <param name="lines">The page's non-blank lines, in order, before boilerplate removal.</param>
    /// <param name="body">The extracted article body.</param>
    public static PageMetadata Read(IReadOnlyList<string> lines, string body, DecodedPage page)
    {
        var hints = page.Raw.Hints;
        var (headline, titleLine) = TextTitle.Read(lines);
        var title = Clean(hints.Title) ?? headline;

        var url = page.Raw.Source.Url ?? hints.Url;
        var signature = OutletTable.Default.FindSignatures(string.Join("\n", lines)).FirstOrDefault();
        var outlet = OutletResolver.Resolve(url, [hints.Outlet, signature.Outlet?.Name]);

        var authors = AuthorNames.WithoutOutlets(TextAuthors.Read(lines, titleLine, hints.Author), outlet);
        var dates = TextDates.Read(lines, titleLine, body, hints);
        var warnings = new List<string>(dates.Warnings);
        if (title is null) warnings.Add("no headline found at the top of the page");
        return new PageMetadata(title, authors, outlet, dates.Finding?.ToPublished(), warnings);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
