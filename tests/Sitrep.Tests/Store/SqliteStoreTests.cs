using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

public class SqliteStoreTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Db => Path.Combine(_dir.Path, "t.db");

    private static StoredDocument Doc(string id, string title, string body, string? outlet = null, string? date = null, string? entity = null)
    {
        var d = new Document
        {
            Id = id, Source = new SourceInfo($"{id}.txt", null, Formats.Text), Body = body, Title = title,
            Outlet = new Outlet(outlet, outlet is null ? null : outlet.ToLowerInvariant().Replace(" ", "") + ".com"),
            Published = date is null ? null : new PublishedDate(date, "day", "test", 1),
            Entities = entity is null ? [] : [new EntityMention(new TextSpan(0, 3), body[..3], "GROUP", entity, null)],
        };
        return new StoredDocument(d, ContractJson.Serialize(d));
    }

    [Fact]
    public void Writing_the_same_document_twice_stores_it_once()
    {
        using var store = SqliteStore.Open(Db);
        store.Write([Doc("aa", "t", "Palmyra was retaken")]).Should().Be(1);
        store.Write([Doc("aa", "t", "Palmyra was retaken")]).Should().Be(0);
        store.Stats().Documents.Should().Be(1);
        store.Search(new SearchQuery("Palmyra")).Should().ContainSingle();
    }

    [Fact]
    public void Search_ranks_by_bm25_and_marks_matches_in_the_snippet()
    {
        using var store = SqliteStore.Open(Db);
        store.Write([
            Doc("a1", "Weather", "Rain in Moscow. Palmyra is mentioned once."),
            Doc("a2", "Palmyra offensive", "Palmyra, Palmyra: the offensive on Palmyra continues near Palmyra."),
        ]);
        var hits = store.Search(new SearchQuery("palmyra"));
        hits.Select(h => h.Id).Should().Equal("a2", "a1");
        var hit = hits[0];
        hit.Highlights.Should().NotBeEmpty();
        foreach (var (s, e) in hit.Highlights) hit.Snippet[s..e].Should().BeEquivalentTo("Palmyra");
    }

    [Fact]
    public void Filters_by_outlet_dates_and_entity()
    {
        using var store = SqliteStore.Open(Db);
        store.Write([
            Doc("b1", "x", "ISIS attack on Palmyra", "The Duran", "2016-12-10", "Islamic State"),
            Doc("b2", "y", "Daesh attack on Palmyra", "Sputnik", "2017-05-25", "Islamic State"),
            Doc("b3", "z", "Talks on Palmyra", "Sputnik", "2017-06-01"),
        ]);
        store.Search(new SearchQuery("Palmyra", Outlet: "sputnik")).Select(h => h.Id).Should().BeEquivalentTo(["b2", "b3"]);
        store.Search(new SearchQuery("Palmyra", Outlet: "theduran.com")).Select(h => h.Id).Should().Equal("b1");
        store.Search(new SearchQuery("Palmyra", From: "2017-01-01", To: "2017-05-31")).Select(h => h.Id).Should().Equal("b2");
        store.Search(new SearchQuery("Palmyra", Entity: "islamic state")).Select(h => h.Id).Should().BeEquivalentTo(["b1", "b2"]);
        store.Search(new SearchQuery("*", Outlet: "Sputnik")).Select(h => h.Id).Should().Equal("b3", "b2");
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR( AND OR NOT")]
    [InlineData("col:umn ^start * - -- ()")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("Palmyra OR")]
    public void Any_user_query_is_safe_fts_syntax(string query)
    {
        using var store = SqliteStore.Open(Db);
        store.Write([Doc("c1", "t", "Palmyra and Aleppo")]);
        var act = () => store.Search(new SearchQuery(query));
        act.Should().NotThrow();
        store.Stats().Documents.Should().Be(1);
    }

    [Fact]
    public void Phrases_prefixes_and_exclusions_work()
    {
        using var store = SqliteStore.Open(Db);
        store.Write([Doc("d1", "t", "the Russian Defence Ministry said"), Doc("d2", "t", "the Ministry of Defence of Russia said")]);
        store.Search(new SearchQuery("\"Defence Ministry\"")).Select(h => h.Id).Should().Equal("d1");
        store.Search(new SearchQuery("Russ*")).Should().HaveCount(2);
        store.Search(new SearchQuery("Ministry -Russian")).Select(h => h.Id).Should().Equal("d2");
    }

    [Fact]
    public void Show_finds_a_document_by_unique_prefix_and_refuses_an_ambiguous_one()
    {
        using var store = SqliteStore.Open(Db);
        store.Write([Doc("abc1", "t", "one"), Doc("abc2", "t", "two")]);
        store.GetDocumentJson("abc1").Should().Contain("\"id\":\"abc1\"");
        store.GetDocumentJson("ffff").Should().BeNull();
        var act = () => store.GetDocumentJson("abc");
        act.Should().Throw<AmbiguousIdException>();
    }

    [Fact]
    public void Error_records_are_stored_once_and_listed()
    {
        using var store = SqliteStore.Open(Db);
        var error = new StoredError(new SourceInfo("x.png", null, "unknown"), "not a text document: a PNG image", null);
        store.Write([error]);
        store.Write([error]);
        store.Errors().Should().ContainSingle().Which.Reason.Should().Contain("PNG");
    }

    [Fact]
    public void A_missing_store_is_a_clear_error_for_read_verbs()
    {
        var act = () => SqliteStore.OpenExisting(Path.Combine(_dir.Path, "none.db"));
        act.Should().Throw<StoreNotFoundException>().WithMessage("*sitrep ingest*");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
