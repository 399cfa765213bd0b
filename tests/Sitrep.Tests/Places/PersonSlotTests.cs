using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A lone word used where only a person fits is a person, in every mention no preposition marks as a place.</summary>
public class PersonSlotTests
{
    [GazetteerFact]
    public void A_word_that_is_stabbed_and_struggles_is_a_person_throughout_the_story()
    {
        var text = "Prosecutors in Kansas City charged a teenager with killing Welch on Saturday. According to court documents, "
                 + "Welch went to a residence on Elm Street. Vasquez allegedly stabbed Welch during the fight. "
                 + "Welch then seemed to lose power, Gillen told detectives.";
        PlacesIn(text).Should().NotContain(p => p.Text == "Welch").And.Contain(p => p.Text == "Kansas City");
    }

    [GazetteerFact]
    public void A_given_name_after_his_brother_is_the_brother()
    {
        PlacesIn("Matthew was sentenced in Boston, but not his brother Tyler. The judge read the letter presented by Tyler's attorney.")
            .Should().NotContain(p => p.Text == "Tyler").And.Contain(p => p.Text == "Boston");
    }

    [GazetteerFact]
    public void One_speaking_slot_leaves_a_city_a_city_and_a_preposition_keeps_the_place()
    {
        // The city speaking through its people: one slot and no person of that name.
        PlacesIn("Marchers in Florida said that Gainesville says no to discrimination. Gainesville voters decide on Tuesday.")
            .Should().Contain(p => p.Text == "Gainesville");
        // A person of the name is stabbed, yet "in Welch" is the town.
        PlacesIn("Vasquez allegedly stabbed Welch. Welch then told police he was robbed. The family lives in Welch, W.Va.")
            .Should().ContainSingle(p => p.Text == "Welch");
    }

    [GazetteerFact]
    public void Two_appositions_with_a_role_make_a_name_a_person()
    {
        var text = "Sylvester, the finance director, presented the budget in Wilton. The board thanked its treasurer, Sylvester, for the work.";
        PlacesIn(text).Should().NotContain(p => p.Text == "Sylvester").And.Contain(p => p.Text == "Wilton");
    }

    [GazetteerFact]
    public void A_name_that_ends_an_untyped_full_name_needs_one_slot()
    {
        var text = "Kobe Bryant watched the final in Columbus. After the game Bryant tweeted his congratulations to the team.";
        PlacesIn(text).Should().NotContain(p => p.Text == "Bryant").And.Contain(p => p.Text == "Columbus");
    }

    [GazetteerFact]
    public void The_x_family_and_x_had_his_are_a_person()
    {
        var text = "Years before the Marigny family came into possession of the land in New Orleans, and to spur expansion, Marigny had his parcel subdivided.";
        PlacesIn(text).Should().NotContain(p => p.Text == "Marigny").And.Contain(p => p.Text == "New Orleans");
    }
}
