using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Analyse.Places.Outlets;
using Sitrep.Documents;
using Sitrep.Knowledge;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Outlet profiles (the local lexicon): an outlet's home regions prefer its own readings of ambiguous names.</summary>
public class OutletProfileTests
{
    private const string LocalStory = "Alexandria woman charged in fire. A woman was arrested after a fire destroyed a mobile home on Orchard Street.";

    private static OutletProfiles Louisiana(string domain = "thetowntalk.com") => OutletProfiles.Build(
    [
        ($"http://www.{domain}/article/1", [new("US", "LA"), new("US", "LA"), new("US", "LA")]),
        ($"http://{domain}/article/2", [new("US", "LA"), new("US", "TX", OutletSightings.Guess)]),
    ]);

    private static List<PlaceMention> Resolve(string text, OutletProfiles? profiles, string? url = "http://www.thetowntalk.com/news/3")
    {
        var doc = new Document { Id = "t", Source = new SourceInfo(null, url, "text"), Body = text };
        return new PlaceStage(GazetteerLoader.Default, ActorTableReader.Default, profiles).Apply(new EntityStage().Apply(doc)).Places.ToList();
    }

    [Theory]
    [InlineData("http://www.thetowntalk.com/article/20090320/NEWS01", "thetowntalk.com")]
    [InlineData("thetowntalk.com", "thetowntalk.com")]
    [InlineData("HTTPS://News.Example.CO.UK/x?y=1", "news.example.co.uk")]
    [InlineData("The  Town Talk", "the town talk")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void An_outlet_is_its_domain_or_its_name(string? url, string? key) =>
        OutletProfiles.DomainOf(url).Should().Be(key);

    [Fact]
    public void A_profile_shares_its_outlet_s_sightings_among_regions()
    {
        var profile = Louisiana().For("thetowntalk.com")!;
        profile.Sightings.Should().Be(13);   // four confident (3 each) and a guess (1)
        profile.Share("US", "LA").Should().BeApproximately(12.0 / 13, 1e-9);
        Louisiana().For("example.com").Should().BeNull();
    }

    [Fact]
    public void Leaving_an_article_out_removes_its_own_sightings_only()
    {
        var profile = Louisiana().For("thetowntalk.com", [new("US", "LA"), new("US", "LA"), new("US", "LA")])!;
        profile.Sightings.Should().Be(4);
        profile.Share("US", "TX").Should().BeApproximately(0.25, 1e-9);
    }

    [Fact]
    public void Profiles_survive_their_file_and_a_bad_line_is_reported()
    {
        var text = new StringWriter();
        Louisiana().Write(text);
        var errors = new List<string>();
        var read = OutletProfiles.Read(new StringReader(text + "thetowntalk.com\tUS\tLA\tmany\n"), errors);
        read.For("thetowntalk.com")!.Share("US", "LA").Should().BeApproximately(12.0 / 13, 1e-9);
        errors.Should().ContainSingle().Which.Should().Contain("line");
    }

    [Fact]
    public void Leave_one_out_learns_an_article_s_profile_from_the_outlet_s_other_articles()
    {
        var a = new GeoArticle("one", []) { Url = "http://paper.com/1" };
        var b = new GeoArticle("two", []) { Url = "http://paper.com/2" };
        var learned = LeaveOneOutOutlets.Learn([a, b], x => x == a ? [new("US", "LA")] : [new("US", "GA")])!;
        learned.For(a)!.Share("US", "GA").Should().Be(1);
        learned.For(a)!.Share("US", "LA").Should().Be(0);
        learned.For(b)!.Share("US", "LA").Should().Be(1);
        LeaveOneOutOutlets.Learn([new GeoArticle("x", [])], _ => []).Should().BeNull();
    }

    [GazetteerFact]
    public void A_local_paper_s_bare_town_name_is_its_own_town()
    {
        Resolve(LocalStory, null).Single(p => p.Text == "Alexandria").Country.Should().Be("EG");
        var home = Resolve(LocalStory, Louisiana()).Single(p => p.Text == "Alexandria");
        GeoEvaluator.DistanceKm(home.Lat, home.Lon, 31.31, -92.45).Should().BeLessThan(20);   // Alexandria, Louisiana
        Resolve(LocalStory, Louisiana(), url: "http://other.com/1").Single(p => p.Text == "Alexandria").Country.Should().Be("EG");
    }

    [GazetteerFact]
    public void What_the_story_says_beats_the_outlet_s_home()
    {
        var places = Resolve("Alexandria, Egypt, hosted the conference on Tuesday.", Louisiana());
        places.Single(p => p.Text == "Alexandria").Country.Should().Be("EG");
    }

    [GazetteerFact]
    public void A_town_qualified_by_its_state_is_a_confident_sighting()
    {
        const string text = "Chiquita Henry of Alexandria, La., was arrested. The fire was in Alexandria.";
        var sightings = OutletSightings.Of(text, Resolve(text, null, url: null), GazetteerLoader.Default);
        sightings.Should().Contain(new OutletSighting("US", "LA", OutletSightings.Confident));
    }
}
