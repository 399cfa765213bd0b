using Sitrep.Analyse.Places;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>British institutions (the Parachute Regiment, the Royal Navy, the NHS) are country cues for Britain.</summary>
public class BritishCueTests
{
    [Fact]
    public void British_institutions_vote_for_britain() =>
        CountryCues.Of("He served with the 3rd Battalion of The Parachute Regiment and later joined the NHS.").Should().Equal("GB", "GB");

    [GazetteerFact]
    public void A_british_soldier_s_barracks_town_is_in_england()
    {
        var places = PlacesIn("Volunteer killed in Syria. The former soldier served with the Parachute Regiment in Colchester before he went to Manbij with American volunteers from the US.");
        places.First(p => p.Text == "Colchester").Country.Should().Be("GB");
    }
}
