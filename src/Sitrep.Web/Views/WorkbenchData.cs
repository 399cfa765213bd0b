using Sitrep.Store;
using Sitrep.Web.Model;

namespace Sitrep.Web.Views;

/// <summary>
/// The workbench's read model: every API answer and every page is built from these views, so the UI shows
/// exactly what the API serves. Views over many documents read a bounded sample (the best matches of a
/// query, or the newest documents) so a page costs the same on a store of ten documents or a million.
/// </summary>
public sealed partial class WorkbenchData(IDocumentStore store)
{
    /// <summary>Documents parsed for views that aggregate (map, timeline, entity and place pages).</summary>
    public const int SampleSize = 300;

    public IDocumentStore Store => store;

    private (long Documents, DateTime At) _count = (-1, DateTime.MinValue);

    /// <summary>How many documents the store holds, re-counted at most every 30 s (the search box shows it on every page view).</summary>
    public long DocumentCount()
    {
        var cached = _count;
        if (cached.Documents >= 0 && DateTime.UtcNow - cached.At < TimeSpan.FromSeconds(30)) return cached.Documents;
        var documents = store.CountDocuments();
        _count = (documents, DateTime.UtcNow);
        return documents;
    }

    public SearchView Search(SearchQuery query, bool withFacets)
    {
        var hits = store.Search(query);
        var facets = withFacets ? store.Facets(query, SampleSize) : null;
        return new SearchView(query, hits.Select(SearchHitView.From).ToList(), facets);
    }

    /// <summary>The document by id or unique id prefix; null when none matches.</summary>
    public ContractDocument? Document(string idOrPrefix)
    {
        var json = store.GetDocumentJson(idOrPrefix);
        return json is null ? null : ContractDocument.Parse(json);
    }

    public IReadOnlyList<ContractDocument> Documents(IReadOnlyCollection<string> ids) =>
        store.GetDocumentsJson(ids).Select(ContractDocument.Parse).ToList();

    /// <summary>The best matches of the query (or the newest documents for an empty query), parsed.</summary>
    public IReadOnlyList<ContractDocument> Sample(SearchQuery query, int size = SampleSize)
    {
        var ids = store.Search(query with { Limit = size }).Select(h => h.Id).ToList();
        var byId = Documents(ids).ToDictionary(d => d.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }
}
