using Sitrep.Tests.Places;
using Sitrep.Store.Sqlite;

namespace Sitrep.Tests.Web;

/// <summary>The store's workbench reads: both plans of the mention listings give the same answer.</summary>
public sealed class WorkbenchReadsTests(WebStore fixture) : IClassFixture<WebStore>
{
    [GazetteerFact]
    public void Mention_listings_and_months_are_the_same_whichever_plan_reads_them()
    {
        using var store = SqliteStore.OpenExisting(fixture.DbPath);
        var saved = SqliteStore.ManyMentions;
        try
        {
            SqliteStore.ManyMentions = long.MaxValue;   // the join plan
            var joined = store.Mentioning("place", "Tadmur").Select(d => d.Id).ToList();
            var joinedMonths = store.MentionMonths("place", "Tadmur");
            SqliteStore.ManyMentions = 1;               // the date-index plan
            store.Mentioning("place", "Tadmur").Select(d => d.Id).Should().Equal(joined);
            store.MentionMonths("place", "Tadmur").Should().Equal(joinedMonths);
            joined.Should().HaveCountGreaterThanOrEqualTo(4);
            joinedMonths.Should().Equal(("2017-05", 4L), ("2017-06", 1L));
        }
        finally { SqliteStore.ManyMentions = saved; }
    }

    [Fact]
    public void Broad_queries_are_ranked_within_the_newest_window_and_narrow_ones_exactly()
    {
        using var store = SqliteStore.OpenExisting(fixture.DbPath);
        store.Search(new Sitrep.Store.SearchQuery("Palmyra", 3)).Should().HaveCount(3);
        store.Facets(new Sitrep.Store.SearchQuery("Palmyra")).Sampled.Should().Be(5);
        store.CountDocuments().Should().Be(5);
    }
}
