using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite;

/// <summary>BM25-ranked full-text search (title weighted 4× the body) with highlighted snippets and filters.</summary>
internal static class SqliteSearch
{
    // Control characters never occur in stored text (readers normalise them), so they mark matches safely.
    private const char Open = '\u0002', Close = '\u0003';

    public static IReadOnlyList<SearchHit> Run(SqliteConnection c, SearchQuery q)
    {
        var match = q.Text is "*" or "" ? null : FtsQuery.Build(q.Text);
        if (match is null && q.Text is not ("*" or "")) return [];
        using var cmd = c.CreateCommand();
        var sql = new StringBuilder();
        if (match is not null)
        {
            sql.Append($"""
                SELECT d.id, d.title, coalesce(d.outlet_name, d.outlet_domain), d.published, bm25(documents_fts, 4.0, 1.0) AS score,
                       snippet(documents_fts, 1, char(2), char(3), '…', 24)
                FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                WHERE documents_fts MATCH $match
                """);
            cmd.Parameters.AddWithValue("$match", match);
        }
        else
        {
            sql.Append("""
                SELECT d.id, d.title, coalesce(d.outlet_name, d.outlet_domain), d.published, 0.0 AS score, substr(d.body, 1, 160)
                FROM documents d WHERE 1
                """);
        }
        if (q.Outlet is not null)
        {
            sql.Append(" AND (d.outlet_name = $outlet COLLATE NOCASE OR d.outlet_domain = $outlet COLLATE NOCASE OR d.outlet_domain LIKE '%.' || $outlet)");
            cmd.Parameters.AddWithValue("$outlet", q.Outlet);
        }
        if (q.From is not null) { sql.Append(" AND d.published >= $from"); cmd.Parameters.AddWithValue("$from", q.From); }
        if (q.To is not null) { sql.Append(" AND substr(d.published, 1, length($to)) <= $to"); cmd.Parameters.AddWithValue("$to", q.To); }
        if (q.Entity is not null)
        {
            sql.Append(" AND d.rowid IN (SELECT doc FROM mentions WHERE kind = 'entity' AND key = $entity)");
            cmd.Parameters.AddWithValue("$entity", q.Entity);
        }
        if (q.Place is not null)
        {
            sql.Append(" AND d.rowid IN (SELECT doc FROM mentions WHERE kind = 'place' AND key = $place)");
            cmd.Parameters.AddWithValue("$place", q.Place);
        }
        if (q.SaidBy is not null)
        {
            // Speakers are stored by canonical name (kind 'speaker', see SqliteBatchWriter.MentionKeys).
            sql.Append(" AND d.rowid IN (SELECT doc FROM mentions WHERE kind = 'speaker' AND key = $saidBy)");
            cmd.Parameters.AddWithValue("$saidBy", q.SaidBy);
        }
        sql.Append(match is not null ? " ORDER BY score LIMIT $limit" : " ORDER BY d.published DESC, d.rowid LIMIT $limit");
        cmd.Parameters.AddWithValue("$limit", Math.Clamp(q.Limit, 1, 10_000));
        cmd.CommandText = sql.ToString();

        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var (snippet, highlights) = ParseSnippet(r.GetString(5));
            hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), -r.GetDouble(4), snippet, highlights));
        }
        return hits;
    }

    /// <summary>Strips the match markers and returns their positions in code points.</summary>
    internal static (string Text, IReadOnlyList<(int, int)> Highlights) ParseSnippet(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var highlights = new List<(int, int)>();
        int codePoints = 0, start = -1;
        for (int i = 0; i < marked.Length; i++)
        {
            char ch = marked[i];
            if (ch == Open) { start = codePoints; continue; }
            if (ch == Close) { if (start >= 0) highlights.Add((start, codePoints)); start = -1; continue; }
            if (char.IsWhiteSpace(ch))
            {
                // Paragraph breaks and runs of spaces read as one space in a one-line snippet.
                if (text.Length > 0 && text[^1] == ' ') continue;
                ch = ' ';
            }
            text.Append(ch);
            if (!char.IsLowSurrogate(ch)) codePoints++;
        }
        return (text.ToString(), highlights);
    }
}
