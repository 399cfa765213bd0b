using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>PairedReadings: two ambiguous local names with readings next to each other are those readings.</summary>
public class PairedReadingsTests
{
    [GazetteerFact]
    public void A_town_and_a_county_that_lie_together_pick_each_other()
    {
        var places = PlacesIn("Rescue squad seeks funds. Every household of Paris and Henry County will receive a letter from the volunteer squad this week.");
        var paris = places.Single(p => p.Text == "Paris");
        var county = places.Single(p => p.Text == "Henry County");
        GeoEvaluator.DistanceKm(paris.Lat, paris.Lon, 36.30, -88.33).Should().BeLessThan(30);    // Paris, Tennessee
        GeoEvaluator.DistanceKm(county.Lat, county.Lon, 36.33, -88.30).Should().BeLessThan(40);  // Henry County, Tennessee
    }

    [GazetteerFact]
    public void A_county_moves_a_big_city_s_name_to_its_own_seat()
    {
        var places = PlacesIn("County lifts burn ban. The Huntsville fire chief and the Walker County judge lifted the ban on Monday.");
        var town = places.Single(p => p.Text == "Huntsville");
        GeoEvaluator.DistanceKm(town.Lat, town.Lon, 30.72, -95.55).Should().BeLessThan(30);   // Huntsville, Texas, not Alabama
    }

    [GazetteerFact]
    public void Small_namesakes_side_by_side_do_not_move_a_state_or_a_big_city()
    {
        // California, Pennsylvania and Washington, Pennsylvania lie 25 km apart; the story means the state and the capital.
        var places = PlacesIn("Officials in Washington said voters in California and Washington will decide the measure.");
        places.Where(p => p.Text == "California").Should().OnlyContain(p => p.Kind == "admin");
        var capital = places.First(p => p.Text == "Washington");
        GeoEvaluator.DistanceKm(capital.Lat, capital.Lon, 38.9, -77.04).Should().BeLessThan(40);
    }
}
