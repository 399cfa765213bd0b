using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Names joined by an ampersand are a firm's; two places so joined stay places.</summary>
public class FirmNameTests
{
    [GazetteerFact]
    public void A_town_name_inside_a_partnership_is_the_firm()
    {
        PlacesIn("The board met in Abilene with consultants from McPherson & Jacobsen, and an agent with Long & Foster said prices rose.")
            .Should().NotContain(p => p.Text == "McPherson" || p.Text == "Foster").And.Contain(p => p.Text == "Abilene");
        PlacesIn("Advertisers included Johnson & Johnson, the report from Chicago said.").Should().NotContain(p => p.Text == "Johnson");
    }

    [GazetteerFact]
    public void Two_places_joined_by_an_ampersand_stay_places()
    {
        PlacesIn("Flights between Dallas & Houston resumed on Monday.").Should().Contain(p => p.Text == "Dallas").And.Contain(p => p.Text == "Houston");
    }
}
