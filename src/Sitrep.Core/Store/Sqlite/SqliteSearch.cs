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
            // Rank first, then make snippets for the page of hits only: snippet() over every match was most of the cost.
            sql.Append("WITH top AS MATERIALIZED (");
            AppendRanked(sql, cmd, q, match, Math.Clamp(q.Limit, 1, 10_000));
            sql.Append("""
                )
                SELECT d.id, d.title, coalesce(d.outlet_name, d.outlet_domain), d.published, top.score,
                       snippet(documents_fts, 1, char(2), char(3), '…', 24)
                FROM top CROSS JOIN documents_fts ON documents_fts.rowid = top.rid JOIN documents d ON d.rowid = top.rid
                WHERE documents_fts MATCH $match ORDER BY top.score
                """);
        }
        else
        {
            sql.Append("""
                SELECT d.id, d.title, coalesce(d.outlet_name, d.outlet_domain), d.published, 0.0 AS score, substr(d.body, 1, 160)
                FROM documents d WHERE 1
                """);
            AppendFilters(sql, cmd, q);
            sql.Append(" ORDER BY d.published DESC, d.rowid LIMIT $limit");
            cmd.Parameters.AddWithValue("$limit", Math.Clamp(q.Limit, 1, 10_000));
        }
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

    /// <summary>
    /// How many matches BM25 ranks. A word in most documents ("Syria" in a Syria corpus: 70% of 100k) made
    /// ranking every match cost 150-250 ms; ranking the newest <see cref="RankWindow"/> matches (by ingest
    /// order) costs 15-40 ms and changes nothing for queries with fewer matches, which are ranked exactly.
    /// </summary>
    public const int RankWindow = 5_000;

    /// <summary>Appends "SELECT rid, score ... LIMIT n": the best <paramref name="limit"/> matches by BM25 (title weighted 4×)
    /// among the newest <see cref="RankWindow"/> matches that pass the filters. Binds $match.</summary>
    internal static void AppendRanked(StringBuilder sql, SqliteCommand cmd, SearchQuery q, string match, int limit)
    {
        var filters = new StringBuilder();
        AppendFilters(filters, cmd, q);
        sql.Append("SELECT rid, score FROM (SELECT documents_fts.rowid AS rid, bm25(documents_fts, 4.0, 1.0) AS score FROM documents_fts");
        // Filters read the documents row; without them the window is read from the index alone.
        if (filters.Length > 0) sql.Append(" JOIN documents d ON d.rowid = documents_fts.rowid");
        sql.Append(" WHERE documents_fts MATCH $match").Append(filters);
        sql.Append(" ORDER BY documents_fts.rowid DESC LIMIT $window) ORDER BY score LIMIT $limit");
        cmd.Parameters.AddWithValue("$match", match);
        cmd.Parameters.AddWithValue("$window", Math.Max(RankWindow, limit));
        cmd.Parameters.AddWithValue("$limit", limit);
    }

    /// <summary>The WHERE conditions of the outlet, date, entity, place and event type filters (on alias d).</summary>
    internal static void AppendFilters(StringBuilder sql, SqliteCommand cmd, SearchQuery q)
    {
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
        if (q.EventType is not null)
        {
            // Events live only in the document JSON (no index): a rare filter, checked per candidate row.
            sql.Append(" AND EXISTS (SELECT 1 FROM json_each(d.json, '$.events') ev WHERE json_extract(ev.value, '$.type') = $etype COLLATE NOCASE)");
            cmd.Parameters.AddWithValue("$etype", q.EventType);
        }
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
