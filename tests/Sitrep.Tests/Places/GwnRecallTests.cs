using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Country-name prior, curated natural features and the writer's region (GeoWebNews recall).</summary>
public class GwnRecallTests
{
    [GazetteerFact]
    public void A_country_name_beats_a_small_namesake_town_in_a_US_story()
    {
        var places = PlacesIn("The governors of Oregon, Arizona and Texas said National Guard troops would be sent to the Mexico border. " +
                              "Officials in Portland, Phoenix and Austin disagreed.");
        places.Where(p => p.Text == "Mexico").Should().NotBeEmpty().And.OnlyContain(p => p.Country == "MX");
    }

    [GazetteerFact]
    public void A_US_state_still_beats_the_country_of_its_name_in_a_US_story()
    {
        var places = PlacesIn("Schools in Atlanta, Savannah and Macon closed as storms crossed Georgia on Tuesday, and Alabama braced for more.");
        places.Where(p => p.Text == "Georgia").Should().NotBeEmpty().And.OnlyContain(p => p.Country == "US");
    }

    [GazetteerFact]
    public void A_major_river_inside_a_board_s_name_is_pinned_near_its_mouth()
    {
        var places = PlacesIn("Farmers marched to the Cauvery as the river fell. Tamil Nadu wants more water from Karnataka.");
        var river = places.Single(p => p.Text == "Cauvery");
        river.Country.Should().Be("IN");
        GeoEvaluator.DistanceKm(river.Lat, river.Lon, 11.1, 79.8).Should().BeLessThan(50);
    }

    [GazetteerFact]
    public void Peninsulas_and_coasts_are_places()
    {
        var places = PlacesIn("Tension rose on the Korean Peninsula after the launch. Flights on the West Coast were delayed.");
        places.Should().Contain(p => p.Text == "Korean Peninsula" && p.Kind == "feature" || p.Text == "Korean Peninsula");
        places.Single(p => p.Text == "Korean Peninsula").Lat.Should().BeInRange(34, 42);
        places.Single(p => p.Text == "West Coast").Country.Should().Be("US");
    }

    [GazetteerFact]
    public void Washington_followed_by_DC_is_the_capital()
    {
        var places = PlacesIn("Tickets are sold in Oregon, Idaho, Montana and Washington, D.C., the lottery said.");
        var w = places.Single(p => p.Text == "Washington");
        GeoEvaluator.DistanceKm(w.Lat, w.Lon, 38.9, -77.04).Should().BeLessThan(30);
    }

    [GazetteerFact]
    public void Washington_after_a_town_of_the_state_is_the_state()
    {
        var places = PlacesIn("A baker from Celebrity Cake Studio in Tacoma, Washington shares her tips for Christmas cookies.");
        var w = places.Single(p => p.Text == "Washington");
        GeoEvaluator.DistanceKm(w.Lat, w.Lon, 38.9, -77.04).Should().BeGreaterThan(1000);
        w.Country.Should().Be("US");
    }
}
