using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>"A New York court", "New York's attorney general": a state's institutions name the state, not its big city.</summary>
public class StateCourtTests
{
    [Fact]
    public void Court_and_attorney_after_a_name_are_a_state_s_words()
    {
        AdminCues.Follow("an award by a New York court has", 22).Should().BeTrue();
        AdminCues.Follow("Meanwhile, New York’s attorney general said", 19).Should().BeTrue();
        AdminCues.Follow("flights from New York to Moscow", 21).Should().BeFalse();
    }

    [GazetteerFact]
    public void A_new_york_court_is_the_state_s()
    {
        var places = PlacesIn("Street art wins. A landmark compensation award by a New York court has caught the attention of artists in Pittsburgh.");
        var ny = places.First(p => p.Text == "New York");
        GeoEvaluator.DistanceKm(ny.Lat, ny.Lon, 43.0, -75.5).Should().BeLessThan(40);
    }
}
