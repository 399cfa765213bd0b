using Microsoft.Data.Sqlite;
using Sitrep.Link;

namespace Sitrep.Store.Sqlite;

/// <summary>Read-side queries of the linking tables, for <c>sitrep trace</c>.</summary>
internal sealed class SqliteLinkReader(SqliteConnection c) : IProvenanceSource
{
    private const string ClaimColumns = "id, cluster, key, kind, document, start, end, text, speaker, value, unit, quantity";

    public CarrierDocument? Document(string idOrPrefix)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, title, coalesce(outlet_name, outlet_domain), published, body FROM documents WHERE id >= $p AND id < $p || 'g' ORDER BY id LIMIT 2";
        cmd.Parameters.AddWithValue("$p", idOrPrefix.ToLowerInvariant());
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var doc = new CarrierDocument(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), r.GetString(4));
        if (r.Read()) throw new AmbiguousIdException(idOrPrefix);
        return doc;
    }

    public IEnumerable<DocumentLink> LinksOf(string documentId) =>
        Links("SELECT kind, a, b, a_start, a_end, b_start, b_end, score FROM links WHERE a = $d UNION ALL SELECT kind, a, b, a_start, a_end, b_start, b_end, score FROM links WHERE b = $d", documentId);

    public IEnumerable<DocumentLink> AllLinks() => Links("SELECT kind, a, b, a_start, a_end, b_start, b_end, score FROM links", null);

    private List<DocumentLink> Links(string sql, string? doc)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        if (doc is not null) cmd.Parameters.AddWithValue("$d", doc);
        using var r = cmd.ExecuteReader();
        var list = new List<DocumentLink>();
        while (r.Read())
            list.Add(new DocumentLink(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetDouble(7)));
        return list;
    }

    public Claim? Claim(string id) => Claims($"SELECT {ClaimColumns} FROM claims WHERE id = $x", id).FirstOrDefault();

    public IEnumerable<Claim> Cluster(string cluster) => Claims($"SELECT {ClaimColumns} FROM claims WHERE cluster = $x ORDER BY rowid", cluster);

    public IEnumerable<Claim> ClaimsOf(string documentId) => Claims($"SELECT {ClaimColumns} FROM claims WHERE document = $x ORDER BY rowid", documentId);

    /// <summary>Figure clusters whose values disagree, from more than one outlet (the FA-KES report).</summary>
    public List<List<Claim>> DisagreeingFigureClusters()
    {
        var clusters = Claims($"SELECT {ClaimColumns} FROM claims WHERE kind = 'figure' AND cluster IN (SELECT cluster FROM claims WHERE kind = 'figure' GROUP BY cluster HAVING count(DISTINCT document) > 1) ORDER BY cluster, rowid", null)
            .GroupBy(x => x.Cluster).Select(g => g.ToList());
        return clusters.Where(g => FigureAgreement.Disagree(g.Select(x => x.Value ?? 0))).ToList();
    }

    private List<Claim> Claims(string sql, string? x)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        if (x is not null) cmd.Parameters.AddWithValue("$x", x);
        using var r = cmd.ExecuteReader();
        var list = new List<Claim>();
        while (r.Read()) list.Add(ReadClaim(r));
        return list;
    }

    public static Claim ReadClaim(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6), r.GetString(7),
        Str(r, 8), r.IsDBNull(9) ? null : r.GetDouble(9), Str(r, 10), Str(r, 11));

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
