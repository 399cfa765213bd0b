using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A world city keeps its name against a small namesake the text does not back.</summary>
public class WorldCityTests
{
    [GazetteerFact]
    public void A_world_city_keeps_its_name_in_a_story_full_of_american_places()
    {
        var places = PlacesIn("Street art wins in court. A court in Brooklyn awarded damages to artists whose murals in Queens were painted over. "
            + "Galleries in Pittsburgh, Indianapolis and Wheeling watched the case. Matthieu Prin of London-based BOP Consulting said the award would be noticed.");
        var london = places.First(p => p.Text == "London");
        GeoEvaluator.DistanceKm(london.Lat, london.Lon, 51.51, -0.13).Should().BeLessThan(40);
    }

    [GazetteerFact]
    public void A_small_namesake_backed_by_its_state_still_wins()
    {
        var places = PlacesIn("Council approves budget. The London village council in Ohio approved a new budget for road repairs on Monday.");
        var london = places.First(p => p.Text == "London");
        GeoEvaluator.DistanceKm(london.Lat, london.Lon, 39.89, -83.45).Should().BeLessThan(40);   // London, Ohio
    }

    [GazetteerFact]
    public void A_curated_airport_is_not_lost_to_a_small_namesake_town()
    {
        // Heathrow, Florida is a town of 6,000; the airport row carries no population.
        var places = PlacesIn("Moscow protests search. Officials in Chicago and Boston said British officers searched an Aeroflot plane at Heathrow on Friday.");
        var heathrow = places.First(p => p.Text == "Heathrow");
        GeoEvaluator.DistanceKm(heathrow.Lat, heathrow.Lon, 51.47, -0.45).Should().BeLessThan(20);
    }
}
