namespace Sitrep.Store.Sqlite;

/// <summary>
/// The tables of cross-document linking, beside <c>links</c> and <c>stories</c> (which the contract's verbs read):
/// the LSH band and passage-anchor postings, per-story feature counts and dates, document frequencies of
/// features, and claims with their clusters.
/// </summary>
internal static class LinkSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS link_bands(key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY(key, doc)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS link_anchors(key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY(key, doc)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS links_b ON links(b);
        CREATE INDEX IF NOT EXISTS links_a ON links(a);
        CREATE TABLE IF NOT EXISTS story_meta(story INTEGER PRIMARY KEY, size INTEGER NOT NULL, first TEXT, last TEXT, label TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS story_features(feature TEXT NOT NULL, story INTEGER NOT NULL, count INTEGER NOT NULL, PRIMARY KEY(feature, story)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS story_features_story ON story_features(story, count);
        CREATE TABLE IF NOT EXISTS feature_docs(feature TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS stories_document ON stories(document);
        CREATE TABLE IF NOT EXISTS claims(
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, cluster TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL,
            document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
            speaker TEXT, value REAL, unit TEXT, quantity TEXT);
        CREATE INDEX IF NOT EXISTS claims_key ON claims(key);
        CREATE INDEX IF NOT EXISTS claims_cluster ON claims(cluster);
        CREATE INDEX IF NOT EXISTS claims_document ON claims(document);
        """;

    /// <summary>The contract's story id: "s" and the story's number, zero-padded so ids sort in creation order.</summary>
    public static string StoryId(long story) => $"s{story:D7}";

    public static long? StoryNumber(string id) => id.Length > 1 && id[0] == 's' && long.TryParse(id[1..], out var n) ? n : null;
}
