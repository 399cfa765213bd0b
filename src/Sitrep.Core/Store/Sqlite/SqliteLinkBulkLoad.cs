using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Link;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The benchmark's growth path: documents (id, body, date) and their band and anchor postings, with no
/// linking, stories or search index. Keys are computed in parallel; postings are collected, sorted and
/// appended in key order, so SQLite builds its B-trees by appending instead of splitting pages at random
/// (a million documents in minutes rather than hours). Linking cost is then measured on new documents
/// through the normal writer against a store of the intended size.
/// </summary>
internal static class SqliteLinkBulkLoad
{
    public static void Run(SqliteConnection c, IEnumerable<Document> documents)
    {
        var bandKeys = new List<long>();
        var bandDocs = new List<int>();
        var anchorKeys = new List<long>();
        var anchorDocs = new List<int>();
        foreach (var chunk in documents.Chunk(20_000))
        {
            var keys = chunk.AsParallel().AsOrdered().Select(d =>
            {
                var text = LinkText.Of(d);
                return (Bands: MinHash.BandKeys(MinHash.Signature(new HashSet<ulong>(text.Shingles))), Anchors: Anchors.Of(text.Shingles));
            }).ToArray();
            using var tx = c.BeginTransaction();
            using var doc = Command(c, tx, """
                INSERT OR IGNORE INTO documents(id, format, outlet_name, published, body, words, comments, json, ingested_at)
                VALUES ($id, 'text', $outlet, $published, $body, 0, 0, '{}', '') RETURNING rowid
                """, "$id", "$outlet", "$published", "$body");
            for (int i = 0; i < chunk.Length; i++)
            {
                var d = chunk[i];
                doc.Parameters[0].Value = d.Id;
                doc.Parameters[1].Value = (object?)d.Outlet.Name ?? DBNull.Value;
                doc.Parameters[2].Value = (object?)d.Published?.Date ?? DBNull.Value;
                doc.Parameters[3].Value = d.Body;
                if (doc.ExecuteScalar() is not long rowid) continue;
                foreach (var k in keys[i].Bands) { bandKeys.Add(k); bandDocs.Add((int)rowid); }
                foreach (var k in keys[i].Anchors) { anchorKeys.Add(k); anchorDocs.Add((int)rowid); }
            }
            tx.Commit();
        }
        Append(c, "link_bands", bandKeys, bandDocs);
        Append(c, "link_anchors", anchorKeys, anchorDocs);
    }

    private static void Append(SqliteConnection c, string table, List<long> keys, List<int> docs)
    {
        var k = keys.ToArray();
        var d = docs.ToArray();
        keys.Clear(); keys.TrimExcess(); docs.Clear(); docs.TrimExcess();
        Array.Sort(k, d);
        const int perTransaction = 1_000_000;
        for (int start = 0; start < k.Length; start += perTransaction)
        {
            using var tx = c.BeginTransaction();
            using var insert = Command(c, tx, $"INSERT OR IGNORE INTO {table}(key, doc) VALUES ($k, $d)", "$k", "$d");
            for (int i = start; i < Math.Min(k.Length, start + perTransaction); i++)
            {
                insert.Parameters[0].Value = k[i];
                insert.Parameters[1].Value = (long)d[i];
                insert.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
        cmd.Prepare();
        return cmd;
    }
}
