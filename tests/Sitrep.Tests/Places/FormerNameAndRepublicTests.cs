using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Former English names of large cities and the People's Republics read as the places they name.</summary>
public class FormerNameAndRepublicTests
{
    [GazetteerFact]
    public void Calcutta_and_Bombay_are_the_indian_cities()
    {
        var places = PlacesIn("Food stalls in Calcutta and Bombay were inspected after the outbreak in India.");
        places.Should().Contain(p => p.Text == "Calcutta" && p.Country == "IN").And.Contain(p => p.Text == "Bombay" && p.Country == "IN");
    }

    [GazetteerFact]
    public void The_peoples_republic_is_not_the_republic()
    {
        PlacesIn("The Ministry of Health of the People's Republic of China said all cases must be reported.")
            .Should().Contain(p => p.Text.EndsWith("Republic of China") && p.Country == "CN");
        PlacesIn("Talks with the Democratic People's Republic of Korea stalled, officials in Seoul said.")
            .Should().Contain(p => p.Text.EndsWith("Republic of Korea") && p.Country == "KP");
    }
}
