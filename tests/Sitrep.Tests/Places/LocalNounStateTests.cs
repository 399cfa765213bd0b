using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>"A California man", "Indiana residents": a local-news noun after a state's name keeps the state among its readings.</summary>
public class LocalNounStateTests
{
    [GazetteerFact]
    public void A_state_s_man_is_from_the_state_not_from_a_town_named_after_it()
    {
        // California, Maryland and California, Pennsylvania are towns: the local-noun cue kept only them.
        var places = PlacesIn("Speeding fine dispute. The judge was reluctant to issue a $625 fine to a California man for speeding on Route 9.");
        var california = places.First(p => p.Text == "California");
        GeoEvaluator.DistanceKm(california.Lat, california.Lon, 37.25, -119.75).Should().BeLessThan(100);
    }

    [GazetteerFact]
    public void A_state_s_residents_are_the_state_s()
    {
        var places = PlacesIn("Jobless rate rises. The report shows 324,000 Indiana residents looking for work, about 4,000 more than in January.");
        var indiana = places.First(p => p.Text == "Indiana");
        GeoEvaluator.DistanceKm(indiana.Lat, indiana.Lon, 40.0, -86.25).Should().BeLessThan(100);
    }
}
