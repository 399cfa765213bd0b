using Sitrep.Documents;

namespace Sitrep.Store;

// Read-only queries for the web workbench (issue 8): facets, mention listings, timelines, the links and
// stories of one document, and the chrome extraction removed. Additive to the core store interface.
public partial interface IDocumentStore
{
    /// <summary>How many documents are stored (cheaper than <see cref="Stats"/>, which also groups by outlet).</summary>
    long CountDocuments();

    /// <summary>Counts by outlet, month, entity, place and event type over the best <paramref name="sample"/>
    /// matches of the query (ranked as <see cref="Search"/> ranks them), so facets cost the same on any store size.</summary>
    SearchFacets Facets(SearchQuery query, int sample = 300);

    /// <summary>The contract JSON of each stored document among <paramref name="ids"/> (exact ids), in no particular order.</summary>
    IReadOnlyList<string> GetDocumentsJson(IReadOnlyCollection<string> ids);

    /// <summary>Summaries of the stored documents among <paramref name="ids"/> (exact ids).</summary>
    IReadOnlyList<DocumentSummary> Summaries(IReadOnlyCollection<string> ids);

    /// <summary>Documents with a mention of <paramref name="kind"/> (entity, place, speaker) keyed <paramref name="key"/>, newest first.</summary>
    IReadOnlyList<DocumentSummary> Mentioning(string kind, string key, int limit = 100);

    /// <summary>How many documents mention the key, per publication month (YYYY-MM, oldest first; undated documents as "").</summary>
    IReadOnlyList<(string Month, long Documents)> MentionMonths(string kind, string key);

    /// <summary>Stored documents per publication month (YYYY-MM, oldest first), for the timeline.</summary>
    IReadOnlyList<(string Month, long Documents)> DocumentMonths();

    /// <summary>The links with <paramref name="id"/> on either side.</summary>
    IReadOnlyList<DocumentLink> LinksOf(string id);

    /// <summary>The stories that contain <paramref name="id"/>.</summary>
    IReadOnlyList<Story> StoriesOf(string id);

    /// <summary>One story by id, or null.</summary>
    Story? GetStory(string storyId);

    /// <summary>What extraction removed from the page as chrome (empty for documents stored before it was kept).</summary>
    IReadOnlyList<RemovedBlock> Removed(string id);
}

/// <summary>Facet counts; <see cref="Sampled"/> is how many matches they were counted over.</summary>
public sealed record SearchFacets(
    int Sampled,
    IReadOnlyList<FacetCount> Outlets,
    IReadOnlyList<FacetCount> Months,
    IReadOnlyList<FacetCount> Entities,
    IReadOnlyList<FacetCount> Places,
    IReadOnlyList<FacetCount> EventTypes)
{
    public static readonly SearchFacets Empty = new(0, [], [], [], [], []);
}

public sealed record FacetCount(string Value, long Count);
