using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A word that names a foundation, a university or a firm in the story, and never a town there, is that body.</summary>
public class BodyNamesakeTests
{
    [GazetteerFact]
    public void A_foundations_name_alone_is_the_firm_when_nothing_puts_it_in_a_town()
    {
        var text = "The Belk Foundation gave $5,000 to a shelter in Charlotte. The Belk stores are located in six states, "
                 + "and Belk opened a new store in Richmond this week.";
        PlacesIn(text).Should().NotContain(p => p.Text == "Belk").And.Contain(p => p.Text == "Charlotte");
    }

    [GazetteerFact]
    public void A_town_the_story_puts_things_in_stays_a_town()
    {
        var text = "Students of Lipscomb University travelled to Lipscomb, Texas, where they helped residents rebuild homes.";
        PlacesIn(text).Should().Contain(p => p.Text == "Lipscomb");
        // A town's own bodies are in the town.
        PlacesIn("Call the Hopkinton Police Department. Hopkinton is the latest town hit by burglaries.").Should().Contain(p => p.Text == "Hopkinton");
    }
}
