using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A place's name inside a street's is the street's namesake; the street is pinned at its own town.</summary>
public class StreetNamesakeTests
{
    [GazetteerFact]
    public void A_street_named_after_a_state_is_pinned_in_its_town_not_in_the_state()
    {
        var places = PlacesIn("The new office in Nelson, at 333 Victoria St., opened on Monday. Nelson council welcomed it.");
        places.Should().NotContain(p => p.Text == "Victoria");
        places.Should().Contain(p => p.Text.StartsWith("Victoria St") && p.Name.EndsWith("Nelson"));
    }

    [GazetteerFact]
    public void A_road_a_county_numbers_keeps_its_county()
    {
        PlacesIn("The crash closed Highway 114 at Douglas County Road 4 near Alexandria, Minnesota, deputies said.")
            .Should().Contain(p => p.Text.StartsWith("Douglas County"));
    }

    [GazetteerFact]
    public void Victoria_with_Melbourne_is_the_australian_state()
    {
        PlacesIn("Equine flu spread from Sydney to Melbourne, and horses in Victoria were tested on Friday.")
            .Should().Contain(p => p.Text == "Victoria" && p.Country == "AU");
    }
}
