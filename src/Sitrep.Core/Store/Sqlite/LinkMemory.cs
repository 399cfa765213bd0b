using Microsoft.Data.Sqlite;
using Sitrep.Link;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// What the writer keeps in memory between batches so linking does not ask SQLite again what it wrote
/// itself: the LSH band and anchor postings it looked up, the texts of recent documents (a new document's closest relatives are mostly recent, and
/// re-reading and re-tokenising a candidate cost a fifth of linking), each claim key's first claims with
/// their content words, and per story feature the document frequency and the most recent stories with it.
/// Every entry mirrors the tables exactly (reads fill it, the writer's own writes update it), so linking
/// decides the same as without it. Another process that wrote to the file, or a batch that rolled back,
/// makes it stale: then it is dropped (<see cref="Validate"/>, <see cref="Clear"/>). Each part has a cap
/// and is emptied when full: memory stays bounded at a million documents, at the price of a few reloads.
/// </summary>
internal sealed class LinkMemory
{
    public const int RecentTexts = 1024;
    private const int MaxKeys = 100_000;

    private readonly Dictionary<long, LinkText> _texts = [];
    private readonly Queue<long> _textOrder = new();
    /// <summary>Per claim key, its first claims in filing order (at most <see cref="ClaimClusterer.CandidatesPerKey"/>).</summary>
    public Dictionary<string, List<ClaimCandidate>> Claims { get; } = [];
    /// <summary>Per feature, the number of linked documents carrying it.</summary>
    public Dictionary<string, long> DocumentFrequency { get; } = [];
    /// <summary>Per feature, the most recent stories carrying it (story descending) with their counts.</summary>
    public Dictionary<string, List<(long Story, int Count)>> StoriesWith { get; } = [];
    public Dictionary<long, StoryState> Stories { get; } = [];
    public Dictionary<string, long> StoryOf { get; } = [];
    /// <summary>Per LSH band key, its most recent documents (descending), as many as a band look-up reads.</summary>
    public Dictionary<long, List<long>> Bands { get; } = [];
    /// <summary>Per passage anchor, its documents; null once it is filed under more than a look-up accepts (boilerplate).</summary>
    public Dictionary<long, List<long>?> Anchors { get; } = [];
    /// <summary>Linked documents in the store (meta 'linked_documents'); null until read.</summary>
    public long? Documents { get; set; }

    private long _dataVersion = -1;

    public LinkText? Text(long doc) => _texts.GetValueOrDefault(doc);

    public void Remember(long doc, LinkText text)
    {
        if (!_texts.TryAdd(doc, text)) return;
        _textOrder.Enqueue(doc);
        while (_textOrder.Count > RecentTexts) _texts.Remove(_textOrder.Dequeue());
    }

    /// <summary>Empties the parts that outgrew their cap (called between documents, never inside a look-up).</summary>
    public void Trim()
    {
        if (Claims.Count > MaxKeys) Claims.Clear();
        if (DocumentFrequency.Count > MaxKeys * 4) DocumentFrequency.Clear();
        if (StoriesWith.Count > MaxKeys) StoriesWith.Clear();
        if (Stories.Count > MaxKeys * 2) Stories.Clear();
        if (StoryOf.Count > MaxKeys * 2) StoryOf.Clear();
        if (Bands.Count > MaxKeys * 3) Bands.Clear();
        if (Anchors.Count > MaxKeys * 3) Anchors.Clear();
    }

    public void Clear()
    {
        _texts.Clear();
        _textOrder.Clear();
        Claims.Clear();
        DocumentFrequency.Clear();
        StoriesWith.Clear();
        Stories.Clear();
        StoryOf.Clear();
        Bands.Clear();
        Anchors.Clear();
        Documents = null;
    }

    /// <summary>Drops everything when another connection committed since our last batch (SQLite's
    /// data_version changes only for other connections' commits, §PRAGMA data_version).</summary>
    public void Validate(SqliteConnection c)
    {
        long version = DataVersion(c);
        if (version != _dataVersion) Clear();
        _dataVersion = version;
    }

    private static long DataVersion(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA data_version";
        return Convert.ToInt64(cmd.ExecuteScalar());
    }
}
