using Sitrep.Documents;

namespace Sitrep.Store;

/// <summary>
/// The store behind one interface: embedded SQLite by default (<see cref="Sqlite.SqliteStore"/>), a server
/// database when users outgrow one machine. Writes come from one thread; reads may come from any.
/// </summary>
public partial interface IDocumentStore : IDisposable
{
    /// <summary>True when a document with this id is already stored (ingest skips it: idempotence, resume).</summary>
    bool Contains(string id);

    /// <summary>Stores documents and error records in one transaction; documents already stored are ignored.
    /// Returns how many documents were new.</summary>
    int Write(IReadOnlyList<StoredItem> batch);

    IReadOnlyList<SearchHit> Search(SearchQuery query);

    /// <summary>The contract JSON of a document, by id or unique id prefix; null when none matches.</summary>
    string? GetDocumentJson(string idOrPrefix);

    StoreStats Stats();

    /// <summary>Stored documents, newest publication first (for listings and the demo).</summary>
    IReadOnlyList<DocumentSummary> List(int limit = 100, int offset = 0);

    /// <summary>The stored error records, oldest first.</summary>
    IReadOnlyList<StoredError> Errors(int limit = 100);

    /// <summary>Every stored cross-document link (duplicates, reused passages).</summary>
    IEnumerable<DocumentLink> Links();

    /// <summary>Every stored story with its documents.</summary>
    IEnumerable<Story> Stories();
}

public sealed record DocumentSummary(string Id, string? Title, string? Outlet, string? Published, string? Language, string Format, int Words, int Comments);

/// <summary>A link between two documents, as <c>sitrep links</c> prints it (offsets in code points of each body).</summary>
public sealed record DocumentLink(string Kind, string A, string B, int AStart, int AEnd, int BStart, int BEnd, double Score);

public sealed record Story(string Id, string Label, IReadOnlyList<string> Documents);

/// <summary>One unit of a write batch: a document (with its serialised contract JSON) or an error record.</summary>
public abstract record StoredItem;
/// <summary><paramref name="Link"/>: what linking computes from the document alone, when the caller computed it
/// already (ingest does, on its parallel workers); the store computes it otherwise.</summary>
public sealed record StoredDocument(Document Document, string Json, Link.LinkInput? Link = null) : StoredItem;
public sealed record StoredError(SourceInfo Source, string Reason, string? Id) : StoredItem;

public sealed record SearchQuery(
    string Text,
    int Limit = 20,
    string? Outlet = null,
    string? From = null,
    string? To = null,
    string? Entity = null,
    string? Place = null,
    string? EventType = null,
    string? SaidBy = null);

/// <summary>A search result; <see cref="Highlights"/> are [start, end) code point ranges of matched terms in <see cref="Snippet"/>.</summary>
public sealed record SearchHit(
    string Id, string? Title, string? Outlet, string? Published, double Score,
    string Snippet, IReadOnlyList<(int Start, int End)> Highlights);

public sealed record StoreStats(long Documents, long Errors, IReadOnlyList<(string Outlet, long Documents)> ByOutlet);
