using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Arms makers in the actor table are organisations, not places their names resemble.</summary>
public class ArmsMakerTests
{
    [GazetteerFact]
    public void Sukhoi_jets_are_not_pinned_in_Yakutia()
    {
        // "Sukhoi" and "Sakha" (Yakutia's other name) share a loose transliteration key.
        var places = PlacesIn("The Russians will put their Sukhoi fighter jets to the test over Idlib.");
        places.Should().NotContain(p => p.Text == "Sukhoi");
        places.Should().Contain(p => p.Text == "Idlib");
    }
}
