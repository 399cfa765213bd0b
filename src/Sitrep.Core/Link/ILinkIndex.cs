using Sitrep.Store;

namespace Sitrep.Link;

/// <summary>
/// What the linker reads and writes of the store: the LSH band index and the passage anchor index
/// (both posting lists keyed by a 64-bit hash), the stored bodies of candidates, and the links.
/// The SQLite store implements it inside the writer's transaction (<c>Store/Sqlite/SqliteLinkIndex</c>),
/// so a document links against everything stored before it, including earlier documents of its batch.
/// </summary>
public interface ILinkIndex
{
    /// <summary>Documents filed under any of these band keys, at most <paramref name="maxPerBand"/> (the most
    /// recent) per key: a flood of copies of one text still links each new copy to its latest relatives,
    /// and the cost per document stays bounded.</summary>
    IEnumerable<long> BandMatches(long[] bandKeys, int maxPerBand);

    /// <summary>Documents filed under each anchor, skipping anchors filed under more than
    /// <paramref name="maxPosting"/> documents (boilerplate and stock phrases, as passim drops frequent n-grams).</summary>
    IEnumerable<long> AnchorMatches(long[] anchors, int maxPosting);

    /// <summary>A stored document's text and dates by its store key; null when absent.</summary>
    LinkText? Load(long doc);

    /// <summary>Files a document under its band keys and anchors (after it was linked); its text may be kept
    /// at hand, since a new document's closest relatives are mostly recent ones.</summary>
    void File(long doc, LinkText text, long[] bandKeys, long[] anchors);

    void AddLink(DocumentLink link);
}
