using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Datelines in capitals are places (MentionDetector.DatelineRule).</summary>
public class DatelineTests
{
    [GazetteerFact]
    public void A_capitalised_dateline_with_its_state_is_the_town()
    {
        var places = PlacesIn("HELENA, Mont. (AP) - The state and a prison company are negotiating a new contract, officials said.");
        places.Should().Contain(p => p.Text == "HELENA" && p.Country == "US" && p.Kind == "city");
    }

    [GazetteerFact]
    public void A_capitalised_dateline_before_a_dash_is_the_town()
    {
        PlacesIn("WAUSAU -- It took hundreds of repairs to fix the roads this spring, the city said.")
            .Should().Contain(p => p.Text == "WAUSAU" && p.Country == "US");
    }

    [GazetteerFact]
    public void A_shouted_word_mid_line_is_no_dateline()
    {
        // "HELENA" here is a caption's shouted name, not opening a line: no dateline cue.
        PlacesIn("The crowd cheered as the singer, HELENA (pictured), took the stage on Friday night.")
            .Should().NotContain(p => p.Text == "HELENA");
    }
}
