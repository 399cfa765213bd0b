namespace Sitrep.Store.Sqlite;

/// <summary>
/// The embedded store's schema. Documents keep their contract JSON; an external-content FTS5 index
/// (SQLite FTS5 §4.4.3) covers title and body without storing the text twice; mentions hold canonical
/// entity and place keys for the --entity/--place filters.
/// </summary>
internal static class Schema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            path TEXT, url TEXT, format TEXT NOT NULL,
            outlet_name TEXT, outlet_domain TEXT,
            title TEXT, published TEXT, language TEXT,
            body TEXT NOT NULL,
            words INTEGER NOT NULL,
            comments INTEGER NOT NULL,
            json TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet_name COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS documents_domain ON documents(outlet_domain COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
        CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
            title, body, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE IF NOT EXISTS mentions(
            doc INTEGER NOT NULL REFERENCES documents(rowid),
            kind TEXT NOT NULL,
            key TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY(kind, key, doc)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS errors(
            rowid INTEGER PRIMARY KEY,
            path TEXT, url TEXT, format TEXT, locator TEXT, document_id TEXT,
            reason TEXT NOT NULL,
            seen_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS links(
            kind TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
            a_start INTEGER NOT NULL, a_end INTEGER NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY(kind, a, b, a_start, b_start)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS stories(story TEXT NOT NULL, label TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY(story, document)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS removed(doc INTEGER PRIMARY KEY REFERENCES documents(rowid), json TEXT NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS errors_once ON errors(coalesce(path, ''), coalesce(url, ''), coalesce(locator, ''), reason);
        """;
}
