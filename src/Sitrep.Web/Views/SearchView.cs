using Sitrep.Store;

namespace Sitrep.Web.Views;

public sealed record SearchView(SearchQuery Query, IReadOnlyList<SearchHitView> Hits, SearchFacets? Facets);

/// <summary>One hit as the API serves it; <see cref="Highlights"/> are [start, end) code point ranges of <see cref="Snippet"/>.</summary>
public sealed record SearchHitView(string Id, string? Title, string? Outlet, string? Published, double Score, string Snippet, IReadOnlyList<int[]> Highlights)
{
    public static SearchHitView From(SearchHit h) =>
        new(h.Id, h.Title, h.Outlet, h.Published, Math.Round(h.Score, 4), h.Snippet, h.Highlights.Select(x => new[] { x.Start, x.End }).ToList());
}
