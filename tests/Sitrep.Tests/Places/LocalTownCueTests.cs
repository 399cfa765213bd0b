using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Analyse.Places.Outlets;
using Sitrep.Documents;
using Sitrep.Knowledge;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Words of local news around a world city's name ("Paris firefighters") let the outlet's own town take the name.</summary>
public class LocalTownCueTests
{
    [Theory]
    [InlineData("Paris firefighters made quick work of a kitchen fire.", "Paris", true)]
    [InlineData("The Athens Parks and Recreation Director spoke.", "Athens", true)]
    [InlineData("Students from several Dublin elementary schools.", "Dublin", true)]
    [InlineData("A new store opened in downtown London on Friday.", "London", true)]
    [InlineData("Raquel Henry, 19, of 1935 Orchard St., Alexandria, was arrested.", "Alexandria", true)]
    [InlineData("The show is at the Elks lodge, 165 Route 31 South, Flemington. Doors open at 6.", "Flemington", true)]
    [InlineData("Book sale opens. MALTA – About 5,000 books are stacked on tables.", "MALTA", true)]
    [InlineData("for Elizabeth Fairfield, a Lebanon woman accused of murder", "Lebanon", true)]
    [InlineData("Ministers met in Paris on Friday to discuss the deal.", "Paris", false)]
    [InlineData("Flights between London and Moscow resume.", "London", false)]
    [InlineData("He lives at 12 Main St. in Paris, friends said.", "Paris", false)]
    public void Local_news_words_around_a_name_are_a_cue(string text, string name, bool cue)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        LocalTownCues.Applies(text, start, start + name.Length).Should().Be(cue);
    }

    /// <summary>A thin profile: half its sightings in Texas, the rest spread, as a small paper's wire stories make it.</summary>
    private static OutletProfiles Texas() => OutletProfiles.Build(
    [
        ("http://www.example-news.example/a/1", [new("US", "TX"), new("US", "TX"), new("US", "TX")]),
        ("http://www.example-news.example/a/2", [new("US", "GA"), new("US", "OH"), new("GB", "ENG")]),
    ]);

    private static PlaceMention ParisIn(string text, OutletProfiles? profiles)
    {
        var doc = new Document { Id = "t", Source = new SourceInfo(null, "http://www.example-news.example/a/3", "text"), Body = text };
        return new PlaceStage(GazetteerLoader.Default, ActorTableReader.Default, profiles).Apply(new EntityStage().Apply(doc)).Places.First(p => p.Text == "Paris");
    }

    [GazetteerFact]
    public void A_local_paper_s_cued_name_is_its_own_town_not_the_world_city()
    {
        var paris = ParisIn("Fire damages apartment. Paris firefighters made quick work of a kitchen fire on Monday, the fire marshal said.", Texas());
        GeoEvaluator.DistanceKm(paris.Lat, paris.Lon, 33.66, -95.56).Should().BeLessThan(40);   // Paris, Texas
    }

    [GazetteerFact]
    public void Without_a_local_cue_a_world_city_keeps_its_name_even_in_a_local_paper()
    {
        var paris = ParisIn("Climate deal. Ministers met in Paris on Friday to sign the climate agreement, the ministry said.", Texas());
        GeoEvaluator.DistanceKm(paris.Lat, paris.Lon, 48.85, 2.35).Should().BeLessThan(40);
    }

    [GazetteerFact]
    public void A_cue_alone_does_not_move_a_world_city()
    {
        // No outlet, no state, no neighbour backs a namesake: "London police" in a wire story is London's.
        var places = PlacesIn("The actor, 33, said in a statement issued by London police that he was sorry. Fans in Chicago and Boston reacted.");
        var london = places.First(p => p.Text == "London");
        GeoEvaluator.DistanceKm(london.Lat, london.Lon, 51.51, -0.13).Should().BeLessThan(40);
    }

    [GazetteerFact]
    public void A_dateline_in_a_local_paper_is_its_town_not_the_country_of_that_name()
    {
        var illinois = OutletProfiles.Build(
        [
            ("http://www.example-chronicle.example/a/1", [new("US", "IL"), new("US", "IL"), new("US", "IL")]),
            ("http://www.example-chronicle.example/a/2", [new("US", "IL"), new("US", "WI")]),
        ]);
        var doc = new Document { Id = "t", Source = new SourceInfo(null, "http://www.example-chronicle.example/a/3", "text"),
            Body = "College hosts annual book sale. MALTA – About 5,000 books are stacked on tables in the college library this week." };
        var malta = new PlaceStage(GazetteerLoader.Default, ActorTableReader.Default, illinois).Apply(new EntityStage().Apply(doc)).Places.First(p => p.Text == "MALTA");
        malta.Country.Should().Be("US");
    }

    [GazetteerFact]
    public void A_cued_state_name_stays_the_state_in_a_paper_at_home_near_a_town_of_that_name()
    {
        // California, Pennsylvania is a borough: a Pennsylvania paper's "California man" is still from the state.
        var pennsylvania = OutletProfiles.Build(
        [
            ("http://www.example-observer.example/a/1", [new("US", "PA"), new("US", "PA"), new("US", "PA")]),
            ("http://www.example-observer.example/a/2", [new("US", "PA"), new("US", "PA")]),
        ]);
        var doc = new Document { Id = "t", Source = new SourceInfo(null, "http://www.example-observer.example/a/3", "text"),
            Body = "Speeding fine dispute. The magistrate was reluctant to issue a $625 fine to a California man for speeding." };
        var california = new PlaceStage(GazetteerLoader.Default, ActorTableReader.Default, pennsylvania).Apply(new EntityStage().Apply(doc)).Places.First(p => p.Text == "California");
        GeoEvaluator.DistanceKm(california.Lat, california.Lon, 37.25, -119.75).Should().BeLessThan(100);
    }

    [GazetteerFact]
    public void A_paper_whose_domain_bears_the_name_reads_its_cued_name_as_its_town()
    {
        // One sighting in six in Texas backs no namesake alone; the domain naming Paris makes the cued "Paris" the paper's town.
        var profiles = OutletProfiles.Build(
        [
            ("http://www.parisnews.example/a/1", [new("US", "TX"), new("US", "OH"), new("US", "FL")]),
            ("http://www.parisnews.example/a/2", [new("US", "NY"), new("US", "WA"), new("US", "CO")]),
        ]);
        var doc = new Document { Id = "t", Source = new SourceInfo(null, "http://www.parisnews.example/a/3", "text"),
            Body = "Fire damages apartment. Paris firefighters made quick work of a kitchen fire on Monday, the fire marshal said." };
        var paris = new PlaceStage(GazetteerLoader.Default, ActorTableReader.Default, profiles).Apply(new EntityStage().Apply(doc)).Places.First(p => p.Text == "Paris");
        GeoEvaluator.DistanceKm(paris.Lat, paris.Lon, 33.66, -95.56).Should().BeLessThan(40);   // Paris, Texas
    }
}
