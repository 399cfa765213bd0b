using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>"Virginia, Washington, West Virginia and Wyoming" lists states: "Washington, West Virginia" there is no town and its state.</summary>
public class StateListContainerTests
{
    [GazetteerFact]
    public void A_state_in_a_list_of_states_is_not_read_as_a_town_in_the_next_one()
    {
        var places = PlacesIn("Recall widens. The meat was sold in Tennessee, Texas, Utah, Virginia, Washington, West Virginia and Wyoming, officials said.");
        var washington = places.First(p => p.Text == "Washington");
        GeoEvaluator.DistanceKm(washington.Lat, washington.Lon, 47.5, -120.5).Should().BeLessThan(100);
    }

    [GazetteerFact]
    public void A_town_and_its_state_after_a_comma_still_narrow()
    {
        var places = PlacesIn("Fire destroys barn. Firefighters from Washington, Pennsylvania and nearby towns fought the blaze on Sunday.");
        var washington = places.First(p => p.Text == "Washington");
        GeoEvaluator.DistanceKm(washington.Lat, washington.Lon, 40.17, -80.25).Should().BeLessThan(40);
    }
}
