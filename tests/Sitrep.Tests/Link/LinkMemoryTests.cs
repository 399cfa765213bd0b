using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Link.LinkFixtures;

namespace Sitrep.Tests.Link;

/// <summary>The writer's in-memory mirror of the link tables must decide exactly as the tables would: a store
/// kept open (memory warm) and one reopened for every batch (memory cold) end with the same links, stories and claims.</summary>
public class LinkMemoryTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static Attribution Said(string content) => new("direct", new TextSpan(0, 10), new TextSpan(0, 1), new TextSpan(0, 1),
        "Igor Konashenkov", "person", content, "said", "Konashenkov");

    private static EntityMention Entity(string name) => new(new TextSpan(0, 1), name, "ORG", name, null);

    private static List<Document[]> Batches()
    {
        EntityMention[] names = [Entity("Russian Ministry of Defence"), Entity("Islamic State")];
        var docs = new List<Document>();
        for (int i = 0; i < 12; i++)
        {
            var body = (i % 4) switch
            {
                0 => Convoys + $"\n\nUpdate {i}.",
                1 => Syndicated + $"\n\nEdition {i}.",
                2 => Quoting + $"\n\nNote {i}.",
                _ => Harvest + $"\n\nCorrection {i}.",
            };
            var said = i % 3 == 0 ? Said("more than 80 militants were killed and 32 vehicles destroyed near Palmyra")
                : i % 3 == 1 ? Said("over 80 militants were killed and 32 vehicles were destroyed on the road to Palmyra")
                : Said("the Hmeimim base was not attacked by drones last night");
            docs.Add(Doc($"d{i:D2}", body, $"2017-06-{1 + i / 3:D2}", outlet: $"outlet{i % 5}.org", entities: i % 4 == 3 ? [] : names, attributions: [said]));
        }
        return docs.Chunk(3).ToList();
    }

    private static void Write(SqliteStore store, Document[] batch) =>
        store.Write(batch.Select(d => (StoredItem)new StoredDocument(d, ContractJson.Serialize(d))).ToList());

    private static (List<string> Links, List<string> Stories, List<string> Claims) Snapshot(SqliteStore store)
    {
        var links = store.Links().Select(l => $"{l.Kind} {l.A} {l.B} {l.AStart} {l.BStart} {l.Score:F3}").ToList();
        var stories = store.Stories().Select(s => $"{s.Id} {s.Label} {string.Join(',', s.Documents.Order())}").ToList();
        var provenance = store.Provenance();
        var claims = Enumerable.Range(0, 12).SelectMany(i => provenance.ClaimsOf($"d{i:D2}")).Select(c => $"{c.Id} {c.Cluster}").ToList();
        return (links, stories, claims);
    }

    [Fact]
    public void A_store_kept_open_links_exactly_as_one_reopened_for_every_batch()
    {
        var warmPath = Path.Combine(_dir.Path, "warm.db");
        var coldPath = Path.Combine(_dir.Path, "cold.db");
        using (var warm = SqliteStore.Open(warmPath))
            foreach (var batch in Batches()) Write(warm, batch);
        foreach (var batch in Batches())
        {
            using var cold = SqliteStore.Open(coldPath);
            Write(cold, batch);
        }
        using var a = SqliteStore.OpenExisting(warmPath);
        using var b = SqliteStore.OpenExisting(coldPath);
        var (warmLinks, warmStories, warmClaims) = Snapshot(a);
        var (coldLinks, coldStories, coldClaims) = Snapshot(b);
        warmLinks.Should().NotBeEmpty();
        warmClaims.Select(c => c.Split(' ')[1]).Distinct().Should().HaveCountLessThan(warmClaims.Count, "repeated statements share a cluster");
        warmLinks.Should().Equal(coldLinks);
        warmStories.Should().Equal(coldStories);
        warmClaims.Should().Equal(coldClaims);
    }

    [Fact]
    public void What_another_connection_wrote_is_not_hidden_by_the_memory()
    {
        var path = Path.Combine(_dir.Path, "s.db");
        using var store = SqliteStore.Open(path);
        Write(store, [Doc("orig", Convoys, "2017-06-01")]);
        // Another writer removes the stored document's story membership and story rows behind the open store's back.
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using var cmd = other.CreateCommand();
            cmd.CommandText = "DELETE FROM stories; DELETE FROM story_meta; DELETE FROM story_features; DELETE FROM link_bands; DELETE FROM link_anchors;";
            cmd.ExecuteNonQuery();
        }
        Write(store, [Doc("copy", Syndicated, "2017-06-02")]);
        // With stale memory, the copy would be linked to 'orig' through postings that no longer exist.
        store.Links().Should().BeEmpty();
        store.Stories().Should().ContainSingle().Which.Documents.Should().Equal(["copy"]);
    }

    public void Dispose() => _dir.Dispose();
}
