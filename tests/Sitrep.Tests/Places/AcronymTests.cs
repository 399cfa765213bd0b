using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Capitals the story spells out as a name's initials are that name's acronym, unless they name a region.</summary>
public class AcronymTests
{
    [GazetteerFact]
    public void A_spelled_out_acronym_is_no_town()
    {
        var text = "The Neighborhood Improvement Coordination Effort, or NICE program, starts in DeKalb. NICE would encourage residents to help.";
        PlacesIn(text).Should().NotContain(p => p.Text == "NICE").And.Contain(p => p.Text == "DeKalb");
    }

    [GazetteerFact]
    public void A_regions_acronym_stays_the_region()
    {
        PlacesIn("Horses were quarantined in New South Wales (NSW). Racing in NSW resumes on Friday.")
            .Should().Contain(p => p.Text == "NSW" && p.Country == "AU");
    }
}
