using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Link;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The benchmark's growth path: documents (id, body, date) and their band and anchor postings, computed in
/// parallel and written in large transactions, with no linking, stories or search index. Linking cost is then
/// measured on new documents through the normal writer against a store of the intended size.
/// </summary>
internal static class SqliteLinkBulkLoad
{
    public static void Run(SqliteConnection c, IEnumerable<Document> documents)
    {
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
            using var band = Command(c, tx, "INSERT OR IGNORE INTO link_bands(key, doc) SELECT value, $d FROM json_each($k)", "$k", "$d");
            using var anchor = Command(c, tx, "INSERT OR IGNORE INTO link_anchors(key, doc) SELECT value, $d FROM json_each($k)", "$k", "$d");
            for (int i = 0; i < chunk.Length; i++)
            {
                var d = chunk[i];
                doc.Parameters[0].Value = d.Id;
                doc.Parameters[1].Value = (object?)d.Outlet.Name ?? DBNull.Value;
                doc.Parameters[2].Value = (object?)d.Published?.Date ?? DBNull.Value;
                doc.Parameters[3].Value = d.Body;
                if (doc.ExecuteScalar() is not long rowid) continue;
                band.Parameters[1].Value = rowid;
                band.Parameters[0].Value = "[" + string.Join(',', keys[i].Bands) + "]";
                band.ExecuteNonQuery();
                anchor.Parameters[1].Value = rowid;
                anchor.Parameters[0].Value = "[" + string.Join(',', keys[i].Anchors) + "]";
                anchor.ExecuteNonQuery();
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
