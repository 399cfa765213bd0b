using Sitrep.Documents;
using Sitrep.Link;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Link.LinkFixtures;

namespace Sitrep.Tests.Link;

/// <summary>Linking as ingest runs it: in the store's writer, batch after batch, results stored and traced.</summary>
public class LinkStoreTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static void Write(SqliteStore store, params Document[] docs) =>
        store.Write(docs.Select(d => (StoredItem)new StoredDocument(d, ContractJson.Serialize(d))).ToList());

    private static EntityMention Entity(string name, string type = "ORG") => new(new TextSpan(0, 1), name, type, name, null);

    [Fact]
    public void Each_new_batch_is_linked_against_what_is_stored_and_the_links_are_kept()
    {
        using var store = SqliteStore.Open(Path.Combine(_dir.Path, "s.db"));
        Write(store, Doc("orig", Convoys, "2017-06-01"), Doc("harvest", Harvest, "2017-06-01"));
        store.Links().Should().BeEmpty();
        Write(store, Doc("copy", Syndicated, "2017-06-02"));
        Write(store, Doc("oped", Quoting, "2017-06-03"));

        var links = store.Links().ToList();
        links.Should().ContainEquivalentOf(new { Kind = "duplicate", A = "orig", B = "copy" });
        links.Where(l => l.Kind == "reuse").Select(l => (l.A, l.B)).Should().Contain([("orig", "oped"), ("copy", "oped")]);
        links.Should().NotContain(l => l.A == "harvest" || l.B == "harvest");
    }

    [Fact]
    public void Documents_sharing_text_or_names_within_days_form_one_story_and_an_unrelated_one_its_own()
    {
        using var store = SqliteStore.Open(Path.Combine(_dir.Path, "s.db"));
        EntityMention[] convoyNames = [Entity("Russian Ministry of Defence"), Entity("Islamic State", "GROUP"), Entity("Russian Aerospace Forces")];
        Write(store,
            Doc("orig", Convoys, "2017-06-01", entities: convoyNames),
            Doc("harvest", Harvest, "2017-06-01", entities: [Entity("Qamishli Grain Board")]),
            Doc("copy", Syndicated, "2017-06-02", entities: convoyNames),
            Doc("oped", Quoting, "2017-06-03"));
        var stories = store.Stories().ToList();
        stories.Should().HaveCount(2);
        stories.Single(s => s.Documents.Contains("orig")).Documents.Should().BeEquivalentTo(["orig", "copy", "oped"]);
        stories.Single(s => s.Documents.Contains("orig")).Label.Should().Contain("Islamic State").And.Contain("2017-06-01 to 2017-06-03");
    }

    [Fact]
    public void A_story_does_not_reach_across_months()
    {
        using var store = SqliteStore.Open(Path.Combine(_dir.Path, "s.db"));
        Write(store, Doc("h1", Harvest, "2017-06-01"), Doc("h2", Harvest.Replace("this week", "this month"), "2017-09-01"));
        store.Stories().Should().HaveCount(2);
    }

    [Fact]
    public void Trace_of_a_passage_names_the_earliest_carrier_the_later_ones_and_their_wording_changes()
    {
        using var store = SqliteStore.Open(Path.Combine(_dir.Path, "s.db"));
        var edited = Quoting.Replace("More than 80 militants", "Over 100 militants");
        Write(store, Doc("oped", edited, "2017-06-03"), Doc("orig", Convoys, "2017-06-01"));
        var link = store.Links().Single(l => l.Kind == "reuse");
        var trace = new Provenance(store.Provenance()).Of(Provenance.PassageId(link))!;
        trace.Kind.Should().Be("passage");
        trace.Earliest.Document.Should().Be("orig");
        trace.Later.Should().ContainSingle().Which.Document.Should().Be("oped");
        trace.Later[0].Changes.Should().ContainEquivalentOf(new WordingChange("More than 80", "Over 100"));
        trace.Echoes.Should().Be(1);
        trace.IndependentConfirmations.Should().Be(0);

        var byDocument = new Provenance(store.Provenance()).Of("oped")!;
        byDocument.Earliest.Document.Should().Be("orig");
        byDocument.Passages.Should().ContainSingle().Which.Should().Be(Provenance.PassageId(link));
    }

    [Fact]
    public void Figures_for_one_event_cluster_across_outlets_and_disagreement_is_reported()
    {
        using var store = SqliteStore.Open(Path.Combine(_dir.Path, "s.db"));
        static Event Strike(double killed) => new("AIR_STRIKE", "ASSAULT", new TextSpan(0, 40), new EventDate("2017-04-04", "day"),
            new EventPlace("Khan Shaykhun", 35.4, 36.6, "SY"), ["Syrian Air Force"], [], [new Quantity(killed, null, "people", "killed")], null);
        Write(store,
            Doc("sana", Harvest, "2017-04-04", "SANA", events: [Strike(20)]),
            Doc("reuters", Convoys, "2017-04-05", "Reuters", events: [Strike(72)]),
            Doc("other", Quoting, "2017-04-06", "Other", events: [Strike(74)]));
        var disagreeing = store.DisagreeingFigures();
        disagreeing.Should().ContainSingle();
        disagreeing[0].Select(c => c.Value).Should().BeEquivalentTo(new double?[] { 20, 72, 74 });

        var claimId = disagreeing[0].Single(c => c.Document == "reuters").Id;
        var trace = new Provenance(store.Provenance()).Of(claimId)!;
        trace.Earliest.Document.Should().Be("sana");
        trace.Later.Single(c => c.Document == "reuters").Agrees.Should().BeFalse();
        // reuters and other share a passage: other echoes reuters' origin, reuters is independent of sana.
        trace.Later.Single(c => c.Document == "reuters").Independent.Should().BeTrue();
        trace.Later.Single(c => c.Document == "other").Origin.Should().Be("reuters");
    }

    [Fact]
    public void Statements_by_one_speaker_with_overlapping_content_are_one_claim_and_other_statements_are_not()
    {
        using var store = SqliteStore.Open(Path.Combine(_dir.Path, "s.db"));
        static Attribution Said(string content) => new("direct", new TextSpan(0, 10), new TextSpan(0, 1), new TextSpan(0, 1),
            "Igor Konashenkov", "person", content, "said", "Konashenkov");
        Write(store,
            Doc("d1", Harvest, "2017-06-01", attributions: [Said("more than 80 militants were killed and 32 vehicles destroyed near Palmyra")]),
            Doc("d2", Convoys, "2017-06-02", attributions: [Said("over 80 militants were killed and 32 vehicles were destroyed on the road to Palmyra")]),
            Doc("d3", Quoting, "2017-06-02", attributions: [Said("the Hmeimim base was not attacked by drones last night")]));
        var provenance = store.Provenance();
        var clusters = new[] { "d1", "d2", "d3" }.Select(d => provenance.ClaimsOf(d).Single().Cluster).ToList();
        clusters[1].Should().Be(clusters[0]);
        clusters[2].Should().NotBe(clusters[0]);
    }

    public void Dispose() => _dir.Dispose();
}
