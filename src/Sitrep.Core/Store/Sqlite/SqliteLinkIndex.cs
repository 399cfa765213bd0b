using Microsoft.Data.Sqlite;
using Sitrep.Link;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The linker's indexes as SQLite tables (<see cref="LinkSchema"/>), used inside the writer's transaction.
/// Why tables and not an in-memory index rebuilt at open: at a million documents the band and anchor
/// postings are ~55 million entries; in memory that is gigabytes and a long rebuild at every open, while as
/// WITHOUT ROWID B-trees each look-up is one indexed seek (tens of microseconds), memory stays at SQLite's
/// page cache, and the index commits atomically with the documents it describes (a crash never leaves a
/// document stored but unindexed). What the writer reads back of its own writes (recent texts, claim keys,
/// story features) is served from <see cref="LinkMemory"/>, which these methods keep in step with the tables.
/// </summary>
internal sealed class SqliteLinkIndex : ILinkIndex, IStoryIndex, IClaimIndex, IDisposable
{
    private readonly SqliteConnection _c;
    private readonly SqliteTransaction _tx;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _band, _anchor, _load, _fileBand, _fileAnchor, _addLink;
    private readonly SqliteCommand _storiesWith, _story, _featureDocs, _newStory, _storyMember, _storyFeature, _featureDoc, _storyMeta, _topFeatures, _label;
    private readonly SqliteCommand _claimsWithKey, _addClaim, _storyOf;
    private readonly LinkMemory _memory;
    private readonly SortedSet<long> _relabel = [];
    private long _documents;

    public SqliteLinkIndex(SqliteConnection connection, SqliteTransaction tx, LinkMemory memory)
    {
        _c = connection;
        _tx = tx;
        _memory = memory;
        // One statement per look-up or insert of a whole key list (json_each), not one per key: the per-statement
        // overhead of the driver, not SQLite's B-tree seek, is what costs at a million documents.
        _band = Command("SELECT j.value, (SELECT group_concat(doc) FROM (SELECT doc FROM link_bands WHERE key = j.value ORDER BY doc DESC LIMIT $n)) FROM json_each($k) j", "$k", "$n");
        _anchor = Command("SELECT j.value, (SELECT group_concat(doc) FROM (SELECT doc FROM link_anchors WHERE key = j.value LIMIT $n)) FROM json_each($k) j", "$k", "$n");
        _load = Command("SELECT id, body, published, coalesce(outlet_name, outlet_domain) FROM documents WHERE rowid = $r", "$r");
        _fileBand = Command("INSERT OR IGNORE INTO link_bands(key, doc) SELECT value, $d FROM json_each($k)", "$k", "$d");
        _fileAnchor = Command("INSERT OR IGNORE INTO link_anchors(key, doc) SELECT value, $d FROM json_each($k)", "$k", "$d");
        _addLink = Command("INSERT OR IGNORE INTO links(kind, a, b, a_start, a_end, b_start, b_end, score) VALUES ($kind, $a, $b, $as, $ae, $bs, $be, $s)",
            "$kind", "$a", "$b", "$as", "$ae", "$bs", "$be", "$s");
        _storiesWith = Command("SELECT j.value, (SELECT group_concat(story || ':' || count) FROM (SELECT story, count FROM story_features WHERE feature = j.value ORDER BY story DESC LIMIT $n)) FROM json_each($f) j", "$f", "$n");
        _story = Command("SELECT size, first, last FROM story_meta WHERE story = $s", "$s");
        _storyOf = Command("SELECT story FROM stories WHERE document = $d LIMIT 1", "$d");
        _featureDocs = Command("SELECT j.value, coalesce(f.docs, 0) FROM json_each($f) j LEFT JOIN feature_docs f ON f.feature = j.value", "$f");
        _newStory = Command("INSERT INTO story_meta(size, first, last, label) VALUES (0, NULL, NULL, '') RETURNING story");
        _storyMember = Command("INSERT OR IGNORE INTO stories(story, label, document) VALUES ($s, '', $d)", "$s", "$d");
        _storyFeature = Command("INSERT INTO story_features(feature, story, count) SELECT value, $s, 1 FROM json_each($f) WHERE true ON CONFLICT(feature, story) DO UPDATE SET count = count + 1", "$f", "$s");
        _featureDoc = Command("INSERT INTO feature_docs(feature, docs) SELECT value, 1 FROM json_each($f) WHERE true ON CONFLICT(feature) DO UPDATE SET docs = docs + 1", "$f");
        _storyMeta = Command("""
            UPDATE story_meta SET size = size + 1,
              first = CASE WHEN $d IS NULL THEN first WHEN first IS NULL OR $d < first THEN $d ELSE first END,
              last = CASE WHEN $d IS NULL THEN last WHEN last IS NULL OR $d > last THEN $d ELSE last END
            WHERE story = $s
            """, "$d", "$s");
        _topFeatures = Command("SELECT feature FROM story_features WHERE story = $s AND feature >= $lo AND feature < $hi ORDER BY count DESC, feature LIMIT $n", "$s", "$lo", "$hi", "$n");
        _label = Command("UPDATE story_meta SET label = $l WHERE story = $s", "$l", "$s");
        _claimsWithKey = Command("SELECT document, cluster, kind, text FROM claims WHERE key = $k ORDER BY rowid LIMIT $n", "$k", "$n");
        _addClaim = Command("""
            INSERT OR IGNORE INTO claims(id, cluster, key, kind, document, start, end, text, speaker, value, unit, quantity)
            VALUES ($id, $cl, $k, $kind, $doc, $s, $e, $t, $sp, $v, $u, $q)
            """, "$id", "$cl", "$k", "$kind", "$doc", "$s", "$e", "$t", "$sp", "$v", "$u", "$q");
        if (memory.Documents is { } known) _documents = known;
        else
        {
            using var count = Command("SELECT value FROM meta WHERE key = 'linked_documents'");
            _documents = count.ExecuteScalar() is string s && long.TryParse(s, out var n) ? n : 0;
        }
    }

    // ---- text links ----

    public IEnumerable<long> BandMatches(long[] bandKeys, int maxPerBand)
    {
        var docs = new HashSet<long>();
        var missing = new List<long>();
        foreach (var key in bandKeys)
            if (maxPerBand == DocumentLinker.MaxPerBand && _memory.Bands.TryGetValue(key, out var known)) docs.UnionWith(known);
            else missing.Add(key);
        if (missing.Count == 0) return docs;
        _band.Parameters[0].Value = JsonArray(missing);
        _band.Parameters[1].Value = maxPerBand;
        using var r = _band.ExecuteReader();
        while (r.Read())
        {
            var list = r.IsDBNull(1) ? [] : r.GetString(1).Split(',').Select(long.Parse).ToList();
            docs.UnionWith(list);
            if (maxPerBand == DocumentLinker.MaxPerBand) _memory.Bands[r.GetInt64(0)] = list;
        }
        return docs;
    }

    public IEnumerable<long> AnchorMatches(long[] anchors, int maxPosting)
    {
        var docs = new List<long>();
        if (anchors.Length == 0) return docs;
        bool remember = maxPosting == DocumentLinker.MaxPosting;
        var missing = new List<long>();
        foreach (var key in anchors)
            if (remember && _memory.Anchors.TryGetValue(key, out var known)) { if (known is not null) docs.AddRange(known); }
            else missing.Add(key);
        if (missing.Count == 0) return docs;
        _anchor.Parameters[0].Value = JsonArray(missing);
        _anchor.Parameters[1].Value = maxPosting + 1;
        using var r = _anchor.ExecuteReader();
        while (r.Read())
        {
            var posting = r.IsDBNull(1) ? [] : r.GetString(1).Split(',').Select(long.Parse).ToList();
            if (posting.Count <= maxPosting) docs.AddRange(posting);
            if (remember) _memory.Anchors[r.GetInt64(0)] = posting.Count <= maxPosting ? posting : null;
        }
        return docs;
    }

    public LinkText? Load(long doc)
    {
        if (_memory.Text(doc) is { } known) return known;
        _load.Parameters[0].Value = doc;
        using var r = _load.ExecuteReader();
        if (!r.Read()) return null;
        return new LinkText(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3));
    }

    public void File(long doc, LinkText text, long[] bandKeys, long[] anchors)
    {
        _memory.Remember(doc, text);
        // The postings in memory follow the tables: the band lists keep their most recent documents, a
        // posting that outgrows what a look-up accepts becomes boilerplate.
        foreach (var key in bandKeys)
            if (_memory.Bands.TryGetValue(key, out var recent) && !recent.Contains(doc))
            {
                int i = 0;
                while (i < recent.Count && recent[i] > doc) i++;
                recent.Insert(i, doc);
                if (recent.Count > DocumentLinker.MaxPerBand) recent.RemoveAt(recent.Count - 1);
            }
        foreach (var key in anchors)
            if (_memory.Anchors.TryGetValue(key, out var posting) && posting is not null && !posting.Contains(doc))
            {
                posting.Add(doc);
                if (posting.Count > DocumentLinker.MaxPosting) _memory.Anchors[key] = null;
            }
        Run(_fileBand, JsonArray(bandKeys), doc);
        if (anchors.Length > 0) Run(_fileAnchor, JsonArray(anchors), doc);
    }

    public void AddLink(DocumentLink l) => Run(_addLink, l.Kind, l.A, l.B, l.AStart, l.AEnd, l.BStart, l.BEnd, l.Score);

    // ---- stories ----

    public Dictionary<string, List<(long Story, int Count)>> StoriesWith(IReadOnlyList<string> features, int limit)
    {
        var result = new Dictionary<string, List<(long, int)>>();
        var missing = new List<string>();
        foreach (var f in features)
        {
            if (limit == StoriesPerFeature && _memory.StoriesWith.TryGetValue(f, out var known)) result[f] = known;
            else missing.Add(f);
        }
        if (missing.Count == 0) return result;
        _storiesWith.Parameters[0].Value = JsonArray(missing);
        _storiesWith.Parameters[1].Value = limit;
        using var r = _storiesWith.ExecuteReader();
        while (r.Read())
        {
            var list = new List<(long, int)>();
            if (!r.IsDBNull(1))
                foreach (var pair in r.GetString(1).Split(','))
                {
                    int colon = pair.IndexOf(':');
                    list.Add((long.Parse(pair[..colon]), int.Parse(pair[(colon + 1)..])));
                }
            result[r.GetString(0)] = list;
            if (limit == StoriesPerFeature) _memory.StoriesWith[r.GetString(0)] = list;
        }
        return result;
    }

    /// <summary>The only limit the story clusterer asks for; the memory keeps that many stories per feature.</summary>
    private const int StoriesPerFeature = StoryClusterer.StoriesPerFeature;

    public StoryState? Story(long story)
    {
        if (_memory.Stories.TryGetValue(story, out var known)) return known;
        _story.Parameters[0].Value = story;
        using var r = _story.ExecuteReader();
        if (!r.Read()) return null;
        var state = new StoryState(story, r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2));
        _memory.Stories[story] = state;
        return state;
    }

    public long? StoryOf(string documentId)
    {
        if (_memory.StoryOf.TryGetValue(documentId, out var known)) return known;
        _storyOf.Parameters[0].Value = documentId;
        var story = _storyOf.ExecuteScalar() is string s ? LinkSchema.StoryNumber(s) : null;
        if (story is { } found) _memory.StoryOf[documentId] = found;
        return story;
    }

    public Dictionary<string, long> DocumentsWith(IReadOnlyList<string> features)
    {
        var result = new Dictionary<string, long>();
        var missing = new List<string>();
        foreach (var f in features)
            if (_memory.DocumentFrequency.TryGetValue(f, out var known)) result[f] = known;
            else missing.Add(f);
        if (missing.Count == 0) return result;
        _featureDocs.Parameters[0].Value = JsonArray(missing);
        using var r = _featureDocs.ExecuteReader();
        while (r.Read()) result[r.GetString(0)] = _memory.DocumentFrequency[r.GetString(0)] = r.GetInt64(1);
        return result;
    }

    public long DocumentCount() => _documents;

    public long NewStory()
    {
        long story = (long)_newStory.ExecuteScalar()!;
        _memory.Stories[story] = new StoryState(story, 0, null, null);
        return story;
    }

    public void Add(long story, string documentId, string? date, IEnumerable<string> features)
    {
        _memory.Trim();
        Run(_storyMember, LinkSchema.StoryId(story), documentId);
        var list = features.ToList();
        if (list.Count > 0)
        {
            var json = JsonArray(list);
            Run(_storyFeature, json, story);
            Run(_featureDoc, json);
        }
        Run(_storyMeta, date, story);
        _documents++;
        // The same changes, in memory: what the tables now say.
        _memory.Documents = _documents;
        _memory.StoryOf.TryAdd(documentId, story);
        if (_memory.Stories.TryGetValue(story, out var s))
            _memory.Stories[story] = s with
            {
                Size = s.Size + 1,
                First = date is null || (s.First is not null && string.CompareOrdinal(date, s.First) >= 0) ? s.First : date,
                Last = date is null || (s.Last is not null && string.CompareOrdinal(date, s.Last) <= 0) ? s.Last : date,
            };
        foreach (var f in list)
        {
            if (_memory.DocumentFrequency.TryGetValue(f, out var docs)) _memory.DocumentFrequency[f] = docs + 1;
            if (_memory.StoriesWith.TryGetValue(f, out var stories)) Count(stories, story);
        }
    }

    /// <summary>One more document of <paramref name="story"/> carries the feature: the list stays the most recent
    /// <see cref="StoriesPerFeature"/> stories, story descending, as the SQL look-up returns them.</summary>
    private static void Count(List<(long Story, int Count)> stories, long story)
    {
        int i = 0;
        while (i < stories.Count && stories[i].Story > story) i++;
        if (i < stories.Count && stories[i].Story == story) stories[i] = (story, stories[i].Count + 1);
        else
        {
            stories.Insert(i, (story, 1));
            if (stories.Count > StoriesPerFeature) stories.RemoveAt(stories.Count - 1);
        }
    }

    public IReadOnlyList<string> TopFeatures(long story, string prefix, int n)
    {
        var list = new List<string>();
        var p = _topFeatures.Parameters;
        p[0].Value = story; p[1].Value = prefix; p[2].Value = prefix[..^1] + (char)(prefix[^1] + 1); p[3].Value = n;
        using var r = _topFeatures.ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0)[prefix.Length..]);
        return list;
    }

    public void Relabel(long story) => _relabel.Add(story);

    // ---- claims ----

    public IReadOnlyList<ClaimCandidate> WithKey(string key, int limit)
    {
        if (!_memory.Claims.TryGetValue(key, out var first))
        {
            first = [];
            _claimsWithKey.Parameters[0].Value = key;
            _claimsWithKey.Parameters[1].Value = ClaimClusterer.CandidatesPerKey;
            using var r = _claimsWithKey.ExecuteReader();
            while (r.Read())
                first.Add(new ClaimCandidate(r.GetString(0), r.GetString(1), r.GetString(2) == "figure" ? [] : ClaimClusterer.ContentWords(r.GetString(3))));
            _memory.Claims[key] = first;
        }
        return limit >= first.Count ? first : first.GetRange(0, limit);
    }

    public void Add(Claim c, ulong[] words)
    {
        if (Run(_addClaim, c.Id, c.Cluster, c.Key, c.Kind, c.Document, c.Start, c.End, c.Text, c.Speaker, c.Value, c.Unit, c.QuantityKind) == 0) return;
        // A key with fewer than the candidates kept holds all its claims, so the new one joins the list.
        if (_memory.Claims.TryGetValue(c.Key, out var first) && first.Count < ClaimClusterer.CandidatesPerKey)
            first.Add(new ClaimCandidate(c.Document, c.Cluster, words));
    }

    // ---- plumbing ----

    private static string JsonArray(IEnumerable<long> keys) => "[" + string.Join(',', keys) + "]";

    private static string JsonArray(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values);

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var cmd = _c.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
        cmd.Prepare();
        _commands.Add(cmd);
        return cmd;
    }

    private static int Run(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        // Stories that asked for a new label during the batch get it once, from their state at its end.
        foreach (var story in _relabel) Run(_label, StoryLabel.Of(this, story), story);
        using var save = Command("INSERT INTO meta(key, value) VALUES ('linked_documents', $n) ON CONFLICT(key) DO UPDATE SET value = excluded.value", "$n");
        Run(save, _documents.ToString());
        foreach (var c in _commands) c.Dispose();
    }
}
