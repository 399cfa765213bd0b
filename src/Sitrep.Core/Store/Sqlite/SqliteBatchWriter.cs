using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Link;

namespace Sitrep.Store.Sqlite;

/// <summary>Writes one batch in one transaction with prepared statements (the fast path of ingest).
/// The new documents are then linked across the store (<see cref="CrossDocumentLinker"/>) in the same
/// transaction, in batch order, on this single writer thread: each sees every document linked before it,
/// including the earlier ones of its batch.</summary>
internal sealed class SqliteBatchWriter(SqliteConnection connection, LinkMemory? memory)
{
    /// <summary>Time spent linking in the last <see cref="Write"/> (reported by the linking benchmark).</summary>
    public TimeSpan LinkingTime { get; private set; }
    /// <summary>CPU time of this thread spent linking (what linking costs, whatever else the machine is running).</summary>
    public double LinkingCpuMilliseconds { get; private set; }

    public int Write(IReadOnlyList<StoredItem> batch)
    {
        using var tx = connection.BeginTransaction();
        using var insertDoc = Command(tx, """
            INSERT OR IGNORE INTO documents(id, path, url, format, outlet_name, outlet_domain, title, published, language, body, words, comments, json, ingested_at)
            VALUES ($id, $path, $url, $format, $outlet, $domain, $title, $published, $language, $body, $words, $comments, $json, $now)
            """, "$id", "$path", "$url", "$format", "$outlet", "$domain", "$title", "$published", "$language", "$body", "$words", "$comments", "$json", "$now");
        using var insertFts = Command(tx, "INSERT INTO documents_fts(rowid, title, body) VALUES ($rowid, $title, $body)", "$rowid", "$title", "$body");
        using var insertMention = Command(tx, "INSERT OR IGNORE INTO mentions(doc, kind, key) VALUES ($doc, $kind, $key)", "$doc", "$kind", "$key");
        // What extraction cut as chrome, one JSON array per document, so the workbench can show it on demand.
        using var insertRemoved = Command(tx, "INSERT OR IGNORE INTO removed(doc, json) VALUES ($doc, $json)", "$doc", "$json");
        using var insertError = Command(tx, """
            INSERT OR IGNORE INTO errors(path, url, format, locator, document_id, reason, seen_at)
            VALUES ($path, $url, $format, $locator, $id, $reason, $now)
            """, "$path", "$url", "$format", "$locator", "$id", "$reason", "$now");
        using var lastRowId = connection.CreateCommand();
        lastRowId.Transaction = tx;
        lastRowId.CommandText = "SELECT last_insert_rowid()";

        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
        int added = 0;
        var toLink = new List<(StoredDocument Item, long RowId)>();
        foreach (var item in batch)
        {
            switch (item)
            {
                case StoredDocument { Document: var d, Json: var json }:
                    Set(insertDoc, d.Id, d.Source.Path, d.Source.Url, d.Source.Format, d.Outlet.Name, d.Outlet.Domain,
                        d.Title, d.Published?.Date, d.Language, d.Body, WordCount(d.Body), d.Comments.Count, json, now);
                    if (insertDoc.ExecuteNonQuery() == 0) break;   // already stored: idempotent
                    added++;
                    long rowid = (long)lastRowId.ExecuteScalar()!;
                    Set(insertFts, rowid, d.Title ?? "", d.Body);
                    insertFts.ExecuteNonQuery();
                    foreach (var (kind, key) in MentionKeys(d))
                    {
                        Set(insertMention, rowid, kind, key);
                        insertMention.ExecuteNonQuery();
                    }
                    if (d.Removed.Count > 0)
                    {
                        Set(insertRemoved, rowid, RemovedJson.Serialize(d.Removed));
                        insertRemoved.ExecuteNonQuery();
                    }
                    toLink.Add(((StoredDocument)item, rowid));
                    break;
                case StoredError e:
                    Set(insertError, e.Source.Path, e.Source.Url, e.Source.Format, e.Source.Locator, e.Id, e.Reason, now);
                    insertError.ExecuteNonQuery();
                    break;
            }
        }
        if (memory is not null && toLink.Count > 0)
        {
            // Timed per batch, not per document: reading the thread's CPU clock is a system call.
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            double cpu = Evaluation.ThreadCpuClock.NowMilliseconds();
            using (var linkIndex = new SqliteLinkIndex(connection, tx, memory))
            {
                var linker = new CrossDocumentLinker(linkIndex, linkIndex, linkIndex);
                foreach (var (item, rowid) in toLink)
                {
                    var d = item.Document;
                    if (TryLink(linker, item, rowid, out var failure)) continue;
                    Set(insertError, d.Source.Path, d.Source.Url, d.Source.Format, d.Source.Locator, d.Id, failure, now);
                    insertError.ExecuteNonQuery();
                }
            }
            LinkingCpuMilliseconds += Evaluation.ThreadCpuClock.NowMilliseconds() - cpu;
            LinkingTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        }
        tx.Commit();
        return added;
    }

    /// <summary>A document that cannot be linked is still stored; the failure becomes an error record.</summary>
    private static bool TryLink(CrossDocumentLinker linker, StoredDocument item, long rowid, out string failure)
    {
        try
        {
            linker.Add(item.Document, item.Link ?? LinkInput.Of(item.Document), rowid);
            failure = "";
            return true;
        }
        catch (Exception ex) when (ex is not SqliteException)
        {
            failure = $"cross-document linking failed: {ex.GetType().Name}: {ex.Message}";
            return false;
        }
    }

    /// <summary>The keys the --entity and --place filters match: canonical names, knowledge-base ids, surface forms.</summary>
    private static IEnumerable<(string Kind, string Key)> MentionKeys(Document d)
    {
        var keys = new HashSet<(string, string)>();
        foreach (var e in d.Entities)
        {
            keys.Add(("entity", e.Canonical ?? e.Text));
            if (e.Kb is not null) keys.Add(("entity", e.Kb));
        }
        foreach (var p in d.Places)
        {
            keys.Add(("place", p.Name));
            keys.Add(("place", p.Text));
            if (p.GeonameId is { } id) keys.Add(("place", id.ToString()));
        }
        foreach (var a in d.Attributions)
            if (a.SourceCanonical is not null) keys.Add(("speaker", a.SourceCanonical));
        return keys;
    }

    private static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private SqliteCommand Command(SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
        cmd.Prepare();
        return cmd;
    }

    private static void Set(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
