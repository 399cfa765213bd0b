using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;

namespace Sitrep.Store.Sqlite;

// The workbench's read queries (IDocumentStore.Workbench.cs). All parameterised; ids never enter SQL text.
public sealed partial class SqliteStore
{
    private const string SummaryColumns = "d.id, d.title, coalesce(d.outlet_name, d.outlet_domain), d.published, d.language, d.format, d.words, d.comments";

    public long CountDocuments() => Scalar(_read.Value!, "SELECT count(*) FROM documents");

    public SearchFacets Facets(SearchQuery query, int sample = 300)
    {
        var c = _read.Value!;
        var rowids = SampleRowIds(c, query, Math.Clamp(sample, 1, 5_000));
        if (rowids.Count == 0) return SearchFacets.Empty;
        // Row ids are integers we just read, so inlining them is safe and lets SQLite use the primary key.
        var set = string.Join(',', rowids);
        // Entities, places and event types live in the JSON: one parse per document for all three
        // (three json_each passes in SQL read every document three times, 2x slower).
        var entities = new Dictionary<string, long>();
        var places = new Dictionary<string, long>();
        var eventTypes = new Dictionary<string, long>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $"SELECT json FROM documents WHERE rowid IN ({set})";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                using var doc = System.Text.Json.JsonDocument.Parse(r.GetString(0));
                var root = doc.RootElement;
                CountOnce(entities, root, "entities", e => Str(e, "canonical") ?? Str(e, "text"));
                CountOnce(places, root, "places", p => Str(p, "name"));
                CountOnce(eventTypes, root, "events", e => Str(e, "type"));
            }
        }
        return new SearchFacets(
            rowids.Count,
            Counts(c, $"SELECT coalesce(outlet_name, outlet_domain, '(unknown)'), count(*) FROM documents WHERE rowid IN ({set}) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 12"),
            Counts(c, $"SELECT substr(published, 1, 7), count(*) FROM documents WHERE rowid IN ({set}) AND published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 24"),
            Top(entities), Top(places), Top(eventTypes));
    }

    private static string? Str(System.Text.Json.JsonElement e, string name) =>
        e.ValueKind == System.Text.Json.JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;

    /// <summary>Adds one to each distinct value of the array's items (a document counts once per value).</summary>
    private static void CountOnce(Dictionary<string, long> counts, System.Text.Json.JsonElement root, string array, Func<System.Text.Json.JsonElement, string?> value)
    {
        if (!root.TryGetProperty(array, out var items) || items.ValueKind != System.Text.Json.JsonValueKind.Array) return;
        var seen = new HashSet<string>();
        foreach (var item in items.EnumerateArray())
            if (value(item) is { } v && seen.Add(v)) counts[v] = counts.GetValueOrDefault(v) + 1;
    }

    private static List<FacetCount> Top(Dictionary<string, long> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(12).Select(kv => new FacetCount(kv.Key, kv.Value)).ToList();

    private static List<long> SampleRowIds(SqliteConnection c, SearchQuery q, int sample)
    {
        var match = q.Text is "*" or "" ? null : FtsQuery.Build(q.Text);
        if (match is null && q.Text is not ("*" or "")) return [];
        using var cmd = c.CreateCommand();
        var sql = new StringBuilder();
        if (match is not null) SqliteSearch.AppendRanked(sql, cmd, q, match, sample);
        else
        {
            sql.Append("SELECT d.rowid FROM documents d WHERE 1");
            SqliteSearch.AppendFilters(sql, cmd, q);
            sql.Append(" ORDER BY d.published DESC, d.rowid LIMIT $n");
            cmd.Parameters.AddWithValue("$n", sample);
        }
        cmd.CommandText = sql.ToString();
        var list = new List<long>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(r.GetInt64(0));
        return list;
    }

    private static List<FacetCount> Counts(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var list = new List<FacetCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            if (!r.IsDBNull(0)) list.Add(new FacetCount(r.GetString(0), r.GetInt64(1)));
        return list;
    }

    public IReadOnlyList<string> GetDocumentsJson(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = $"SELECT json FROM documents d WHERE d.id IN ({IdParameters(cmd, ids)})";
        var list = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public IReadOnlyList<DocumentSummary> Summaries(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = $"SELECT {SummaryColumns} FROM documents d WHERE d.id IN ({IdParameters(cmd, ids)}) ORDER BY d.published IS NULL, d.published, d.rowid";
        return ReadSummaries(cmd);
    }

    // A key in most documents ("Syria": 70k of 100k) made the join from mentions to documents read 70k
    // scattered rows (0.5 s). Past this many mentions it is cheaper to walk the publication-date index
    // and ask the mentions primary key about each document.
    internal static long ManyMentions = 2_000;

    private bool HasMany(string kind, string key)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM (SELECT 1 FROM mentions WHERE kind = $kind AND key = $key LIMIT $many)";
        cmd.Parameters.AddWithValue("$kind", kind);
        cmd.Parameters.AddWithValue("$key", key);
        cmd.Parameters.AddWithValue("$many", ManyMentions);
        return Convert.ToInt64(cmd.ExecuteScalar()) >= ManyMentions;
    }

    public IReadOnlyList<DocumentSummary> Mentioning(string kind, string key, int limit = 100)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = HasMany(kind, key)
            ? $"""
              SELECT {SummaryColumns} FROM documents d INDEXED BY documents_published
              WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.kind = $kind AND m.key = $key AND m.doc = d.rowid)
              ORDER BY d.published DESC LIMIT $n
              """
            : $"""
              SELECT {SummaryColumns} FROM mentions m JOIN documents d ON d.rowid = m.doc
              WHERE m.kind = $kind AND m.key = $key ORDER BY d.published IS NULL, d.published DESC, d.rowid LIMIT $n
              """;
        cmd.Parameters.AddWithValue("$kind", kind);
        cmd.Parameters.AddWithValue("$key", key);
        cmd.Parameters.AddWithValue("$n", Math.Clamp(limit, 1, 10_000));
        return ReadSummaries(cmd);
    }

    public IReadOnlyList<(string Month, long Documents)> MentionMonths(string kind, string key)
    {
        var c = _read.Value!;
        using var cmd = c.CreateCommand();
        cmd.Parameters.AddWithValue("$kind", kind);
        cmd.Parameters.AddWithValue("$key", key);
        if (!HasMany(kind, key))
        {
            cmd.CommandText = """
                SELECT coalesce(substr(d.published, 1, 7), ''), count(*) FROM mentions m JOIN documents d ON d.rowid = m.doc
                WHERE m.kind = $kind AND m.key = $key GROUP BY 1 ORDER BY 1
                """;
            return ReadMonths(cmd);
        }
        // Many mentions: a merge in memory of two sequential reads (the date index, the key's mentions)
        // instead of one scattered row read or one primary-key probe per document.
        var monthOf = new Dictionary<long, string>();
        using (var dates = c.CreateCommand())
        {
            dates.CommandText = "SELECT rowid, coalesce(substr(published, 1, 7), '') FROM documents INDEXED BY documents_published";
            using var r = dates.ExecuteReader();
            while (r.Read()) monthOf[r.GetInt64(0)] = r.GetString(1);
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        cmd.CommandText = "SELECT doc FROM mentions WHERE kind = $kind AND key = $key";
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var month = monthOf.GetValueOrDefault(r.GetInt64(0), "");
                counts[month] = counts.GetValueOrDefault(month) + 1;
            }
        return counts.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    public IReadOnlyList<(string Month, long Documents)> DocumentMonths()
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = "SELECT substr(published, 1, 7), count(*) FROM documents WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1";
        return ReadMonths(cmd);
    }

    public IReadOnlyList<DocumentLink> LinksOf(string id)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = """
            SELECT kind, a, b, a_start, a_end, b_start, b_end, score FROM links WHERE a = $id
            UNION ALL
            SELECT kind, a, b, a_start, a_end, b_start, b_end, score FROM links WHERE b = $id AND a <> $id
            """;
        cmd.Parameters.AddWithValue("$id", id);
        var list = new List<DocumentLink>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new DocumentLink(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetDouble(7)));
        return list;
    }

    public IReadOnlyList<Story> StoriesOf(string id)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = """
            SELECT story, label, group_concat(document, ' ') FROM stories
            WHERE story IN (SELECT story FROM stories WHERE document = $id) GROUP BY story, label ORDER BY story
            """;
        cmd.Parameters.AddWithValue("$id", id);
        return ReadStories(cmd);
    }

    public Story? GetStory(string storyId)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = "SELECT story, label, group_concat(document, ' ') FROM stories WHERE story = $id GROUP BY story, label";
        cmd.Parameters.AddWithValue("$id", storyId);
        return ReadStories(cmd).FirstOrDefault();
    }

    public IReadOnlyList<RemovedBlock> Removed(string id)
    {
        using var cmd = _read.Value!.CreateCommand();
        cmd.CommandText = "SELECT r.json FROM removed r JOIN documents d ON d.rowid = r.doc WHERE d.id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() is string json ? RemovedJson.Parse(json) : [];
    }

    private static string IdParameters(SqliteCommand cmd, IReadOnlyCollection<string> ids)
    {
        var names = new List<string>(ids.Count);
        foreach (var id in ids.Distinct().Take(5_000))
        {
            var name = "$i" + names.Count;
            cmd.Parameters.AddWithValue(name, id);
            names.Add(name);
        }
        return string.Join(',', names);
    }

    private static List<DocumentSummary> ReadSummaries(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<DocumentSummary>();
        while (r.Read())
            list.Add(new(r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4), r.GetString(5), r.GetInt32(6), r.GetInt32(7)));
        return list;
    }

    private static List<(string, long)> ReadMonths(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<(string, long)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetInt64(1)));
        return list;
    }

    private static List<Story> ReadStories(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<Story>();
        while (r.Read()) list.Add(new Story(r.GetString(0), r.GetString(1), r.GetString(2).Split(' ')));
        return list;
    }
}
