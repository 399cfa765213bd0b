using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Ordinary English words GeoNames lists as villages are the word when they stand alone.</summary>
public class CommonWordPlaceTests
{
    [GazetteerFact]
    public void A_capitalised_common_word_is_no_village()
    {
        PlacesIn("The works are protected under the Law on copyright. Star paid 38.5 billion rupees for the rights in Mumbai.")
            .Should().NotContain(p => p.Text == "Law" || p.Text == "Star").And.Contain(p => p.Text == "Mumbai");
    }
}
