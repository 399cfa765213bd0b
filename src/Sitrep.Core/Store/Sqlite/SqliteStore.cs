using Microsoft.Data.Sqlite;
using Sitrep.Documents;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The default store: one SQLite file in WAL mode (readers never block the writer), FTS5 for search.
/// Writes are batched in transactions, so a crash or Ctrl-C loses at most the batch in flight, and
/// <c>INSERT OR IGNORE</c> on the content-hash id makes re-ingesting anything a no-op.
/// </summary>
public sealed partial class SqliteStore : IDocumentStore
{
    private readonly SqliteConnection _write;
    private readonly ThreadLocal<SqliteConnection> _read;
    // Ingest asks Contains once per document: each reading thread keeps one prepared statement for it.
    private readonly ThreadLocal<SqliteCommand> _contains;
    private readonly List<SqliteConnection> _readers = [];
    private readonly string _connectionString;

    public string Path { get; }

    private SqliteStore(string path, bool readOnly)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
        }.ToString();
        _write = new SqliteConnection(_connectionString);
        _write.Open();
        if (!readOnly)
        {
            // wal_autocheckpoint 8192 pages (32 MB) instead of 1000: ingest rewrites the same hot pages (search
            // index, link tables) batch after batch, and a rarer checkpoint copies each back to the file once.
            Exec(_write, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=8192;");
            Exec(_write, Schema.Create);
            Exec(_write, LinkSchema.Create);
            Exec(_write, $"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '{Schema.Version}');");
        }
        _read = new ThreadLocal<SqliteConnection>(() =>
        {
            var c = new SqliteConnection(_connectionString);
            c.Open();
            Exec(c, "PRAGMA busy_timeout=5000;");
            lock (_readers) _readers.Add(c);
            return c;
        });
        _contains = new ThreadLocal<SqliteCommand>(() =>
        {
            var cmd = _read.Value!.CreateCommand();
            cmd.CommandText = "SELECT 1 FROM documents WHERE id = $id";
            cmd.Parameters.Add(new SqliteParameter("$id", ""));
            cmd.Prepare();
            return cmd;
        }, trackAllValues: true);
    }

    /// <summary>Opens (creating when needed) a store for ingest.</summary>
    public static SqliteStore Open(string path) => new(path, readOnly: false);

    /// <summary>Opens an existing store for search/show; a missing file is a clear error, not an empty store.</summary>
    public static SqliteStore OpenExisting(string path)
    {
        if (!File.Exists(path)) throw new StoreNotFoundException(path);
        return new SqliteStore(path, readOnly: false);
    }

    public bool Contains(string id)
    {
        var cmd = _contains.Value!;
        cmd.Parameters[0].Value = id;
        return cmd.ExecuteScalar() is not null;
    }

    /// <summary>Link each new document across the store as it is written (default); off for benchmarks of the rest.</summary>
    public bool LinkOnWrite { get; set; } = true;

    /// <summary>Total time the writer spent linking new documents since the store was opened.</summary>
    public TimeSpan LinkingTime { get; private set; }
    /// <summary>Writer-thread CPU time spent linking since the store was opened.</summary>
    public double LinkingCpuMilliseconds { get; private set; }

    /// <summary>What linking keeps in memory between batches (see <see cref="LinkMemory"/>).</summary>
    private readonly LinkMemory _linkMemory = new();

    public int Write(IReadOnlyList<StoredItem> batch)
    {
        var writer = new SqliteBatchWriter(_write, LinkOnWrite ? _linkMemory : null);
        int added;
        try
        {
            if (LinkOnWrite) _linkMemory.Validate(_write);
            added = writer.Write(batch);
        }
        catch
        {
            // The batch rolled back: the memory may hold what it wrote.
            _linkMemory.Clear();
            throw;
        }
        LinkingTime += writer.LinkingTime;
        LinkingCpuMilliseconds += writer.LinkingCpuMilliseconds;
        return added;
    }

    /// <summary>Stores documents with their link index entries but without linking them or indexing them for
    /// search: how the linking benchmark grows a store to a million documents in minutes.</summary>
    public void BulkLoadForBenchmark(IEnumerable<Document> documents) => SqliteLinkBulkLoad.Run(_write, documents);

    public IReadOnlyList<SearchHit> Search(SearchQuery query) => SqliteSearch.Run(_read.Value!, query);

    public string? GetDocumentJson(string idOrPrefix)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = "SELECT json FROM documents WHERE id >= $p AND id < $p || 'g' ORDER BY id LIMIT 2";
        cmd.Parameters.AddWithValue("$p", idOrPrefix.ToLowerInvariant());
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var json = r.GetString(0);
        if (r.Read()) throw new AmbiguousIdException(idOrPrefix);
        return json;
    }

    public StoreStats Stats()
    {
        var c = _read.Value!;
        long docs = Scalar(c, "SELECT count(*) FROM documents");
        long errors = Scalar(c, "SELECT count(*) FROM errors");
        var byOutlet = new List<(string, long)>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT coalesce(outlet_name, outlet_domain, '(unknown)'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1";
        using var r = cmd.ExecuteReader();
        while (r.Read()) byOutlet.Add((r.GetString(0), r.GetInt64(1)));
        return new StoreStats(docs, errors, byOutlet);
    }

    public IReadOnlyList<DocumentSummary> List(int limit = 100, int offset = 0)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = """
            SELECT id, title, coalesce(outlet_name, outlet_domain), published, language, format, words, comments
            FROM documents ORDER BY published IS NULL, published DESC, rowid LIMIT $n OFFSET $o
            """;
        cmd.Parameters.AddWithValue("$n", limit);
        cmd.Parameters.AddWithValue("$o", offset);
        using var r = cmd.ExecuteReader();
        var list = new List<DocumentSummary>();
        while (r.Read())
            list.Add(new(r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4), r.GetString(5), r.GetInt32(6), r.GetInt32(7)));
        return list;
    }

    public IReadOnlyList<StoredError> Errors(int limit = 100)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = "SELECT path, url, format, locator, reason, document_id FROM errors ORDER BY rowid LIMIT $n";
        cmd.Parameters.AddWithValue("$n", limit);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredError>();
        while (r.Read())
            list.Add(new StoredError(new SourceInfo(NullableString(r, 0), NullableString(r, 1), NullableString(r, 2) ?? "unknown", NullableString(r, 3)), r.GetString(4), NullableString(r, 5)));
        return list;
    }

    public IEnumerable<DocumentLink> Links()
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = "SELECT kind, a, b, a_start, a_end, b_start, b_end, score FROM links ORDER BY kind, a, b, a_start";
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new DocumentLink(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetDouble(7));
    }

    public IEnumerable<Story> Stories()
    {
        using var cmd = _read.Value!.CreateCommand();
        // The label lives in story_meta (it changes as documents join); stories keeps the membership.
        cmd.CommandText = """
            SELECT s.story, coalesce(m.label, max(s.label)), group_concat(s.document, ' ')
            FROM stories s LEFT JOIN story_meta m ON m.story = CAST(substr(s.story, 2) AS INTEGER)
            GROUP BY s.story ORDER BY s.story
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return new Story(r.GetString(0), r.GetString(1), r.GetString(2).Split(' '));
    }

    /// <summary>The linking tables as provenance reads them (<c>sitrep trace</c>).</summary>
    public Link.IProvenanceSource Provenance() => new SqliteLinkReader(_read.Value!);

    /// <summary>Figure claims that disagree across documents, grouped by cluster.</summary>
    public List<List<Link.Claim>> DisagreeingFigures() => new SqliteLinkReader(_read.Value!).DisagreeingFigureClusters();

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    internal static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    public void Dispose()
    {
        // Merge the WAL back so the store is one self-contained file when we are done.
        try { Exec(_write, "PRAGMA wal_checkpoint(TRUNCATE);"); } catch (SqliteException) { }
        foreach (var cmd in _contains.Values) cmd.Dispose();
        _contains.Dispose();
        lock (_readers) foreach (var c in _readers) c.Dispose();
        _read.Dispose();
        _write.Dispose();
    }
}

public sealed class StoreNotFoundException(string path) : Exception($"no store at {path} (run 'sitrep ingest INPUT --db {path}' first)");

public sealed class AmbiguousIdException(string prefix) : Exception($"id prefix '{prefix}' matches more than one document; give more digits");
