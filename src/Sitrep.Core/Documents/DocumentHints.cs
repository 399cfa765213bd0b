namespace Sitrep.Documents;

/// <summary>
/// Metadata a container or the user supplies next to the page (feed item title, CSV source column,
/// <c>--url</c>, <c>--date</c>). Hints, not overrides: extraction weighs them against the page itself.
/// </summary>
public sealed record DocumentHints(
    string? Url = null,
    string? Title = null,
    string? Date = null,
    string? Outlet = null,
    string? Author = null,
    string? CollectedDate = null)
{
    public static readonly DocumentHints None = new();

    /// <summary>Fills the gaps of this record with the values of <paramref name="fallback"/>.</summary>
    public DocumentHints Or(DocumentHints? fallback) => fallback is null ? this : new(
        Url ?? fallback.Url, Title ?? fallback.Title, Date ?? fallback.Date,
        Outlet ?? fallback.Outlet, Author ?? fallback.Author, CollectedDate ?? fallback.CollectedDate);
}
