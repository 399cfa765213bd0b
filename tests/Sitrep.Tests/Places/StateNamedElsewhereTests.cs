using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A state the story names by another name ("Wash.") is what its bare shared name ("Washington") means.</summary>
public class StateNamedElsewhereTests
{
    [GazetteerFact]
    public void A_dateline_s_state_abbreviation_makes_the_bare_name_the_state()
    {
        var places = PlacesIn("Guard team trains. MURRAY, Wash. (AP) — The civil support team's primary focus has been at home in Washington, its commander said.");
        var washington = places.First(p => p.Text == "Washington");
        GeoEvaluator.DistanceKm(washington.Lat, washington.Lon, 47.5, -120.5).Should().BeLessThan(100);
    }

    [GazetteerFact]
    public void Without_another_name_for_the_state_the_bare_name_stays_the_capital()
    {
        var places = PlacesIn("Talks resume. The crown prince was in Washington on Tuesday to meet officials, then flew to Boston and Houston.");
        var washington = places.First(p => p.Text == "Washington");
        GeoEvaluator.DistanceKm(washington.Lat, washington.Lon, 38.9, -77.04).Should().BeLessThan(40);
    }
}
