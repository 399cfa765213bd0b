using Sitrep.Tests.Places;
using Sitrep.Analyse.Entities;

namespace Sitrep.Tests.Entities;

/// <summary>The rules that decide which capitalised words are places, one synthetic local-news fixture each.</summary>
public class PlaceDetectionRuleTests
{
    private static readonly EntityStage Stage = new();

    private static List<Mention> Detect(string text) => Stage.Detect(text);

    [GazetteerFact]
    public void Two_towns_joined_by_a_hyphen_are_two_places_not_a_person()
    {
        var m = Detect("Pupils of the Logan-Rogersville district moved into a new building. In 1965, Rogersville voted to join.");
        m.Should().Contain(x => x.Text == "Logan" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Rogersville"));
        m.Where(x => x.Text == "Rogersville").Should().OnlyContain(x => x.Type == "GPE");
    }

    [Fact]
    public void A_hyphenated_surname_or_a_city_written_with_a_hyphen_is_not_split()
    {
        Detect("The grants were announced, Webb-Lawton said on Monday.").Should().NotContain(x => x.Text == "Webb" && x.Type == "GPE");
        Detect("Police in Winston-Salem closed the road.").Should().NotContain(x => x.Text == "Winston");
    }

    [GazetteerFact]
    public void A_party_letter_and_a_hyphen_give_the_legislators_town()
    {
        var m = Detect("The bill was filed by Rep. Clay Cox (R-Lilburn) and backed by Sen. Tom Bakk, DFL-Minneapolis.");
        m.Should().Contain(x => x.Text == "Lilburn" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Minneapolis" && x.Type == "GPE");
    }

    [Fact]
    public void A_county_before_an_office_is_the_county_not_a_person()
    {
        var m = Detect("The driver was held, according to the Madison County Sheriff's Office on Friday.");
        m.Should().Contain(x => x.Text == "Madison County" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Madison"));
    }

    [Fact]
    public void An_office_and_its_holder_after_a_county_stay_a_person_for_later_mentions()
    {
        var m = Detect("When Laurel County Clerk Dean Johnson was honoured, he smiled. Johnson joins the hall of fame.");
        m.Should().Contain(x => x.Text == "Laurel County" && x.Type == "GPE");
        m.Where(x => x.Text == "Johnson").Should().OnlyContain(x => x.Type == "PERSON");
    }

    [GazetteerFact]
    public void A_person_of_a_named_body_is_two_names_and_the_bodys_town_is_a_place()
    {
        var m = Detect("No arrests were made, Detective Jeff Goodwin of the Paris Police Department said.");
        m.Should().Contain(x => x.Text == "Jeff Goodwin" && x.Type == "PERSON");
        m.Should().Contain(x => x.Text == "Paris" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_pageant_title_names_its_place()
    {
        var m = Detect("She was crowned Miss Ohio on Saturday and will compete for the Miss America title.");
        m.Should().Contain(x => x.Text == "Ohio" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON");
    }

    [GazetteerFact]
    public void A_modifier_before_a_well_known_place_is_no_given_name_but_a_name_no_list_knows_is()
    {
        Detect("Walkers gathered in Historic Dublin on Sunday.").Should().Contain(x => x.Text == "Dublin" && x.Type == "GPE");
        Detect("The chief executive Graeme Hamilton told reporters the plan had failed.")
            .Should().Contain(x => x.Text == "Graeme Hamilton" && x.Type == "PERSON");
    }

    [Fact]
    public void A_two_word_surname_read_alone_is_the_person_not_the_town()
    {
        var m = Detect("The project is run with Raynola St. Clair, of the county society. St. Clair wants to spread the word.");
        m.Should().Contain(x => x.Text == "Raynola St. Clair" && x.Type == "PERSON");
        m.Where(x => x.Text == "St. Clair").Should().OnlyContain(x => x.Type == "PERSON");
    }

    [GazetteerFact]
    public void A_dateline_run_into_the_headline_or_after_a_date_is_a_place()
    {
        Detect("Council adopts budget for recycling. TORRINGTON — The City Council approved the plan.")
            .Should().Contain(x => x.Text == "TORRINGTON" && x.Type == "GPE");
        Detect("By Ann Lee, Staff Reporter, March 29, 2009 PATASKALA -- City officials met.")
            .Should().Contain(x => x.Text == "PATASKALA" && x.Type == "GPE");
        Detect("He said it was AWESOME — truly.").Should().NotContain(x => x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_given_name_that_is_a_town_followed_by_a_word_of_local_news_is_the_town()
    {
        Detect("Nelson residents will find it easier to apply.").Should().Contain(x => x.Text == "Nelson" && x.Type == "GPE");
        Detect("Nelson will find it easier to apply.").Should().NotContain(x => x.Text == "Nelson" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_model_year_makes_the_name_a_vehicle_not_a_town()
    {
        Detect("Deputies tried to stop a 2001 Cadillac near the bridge.").Should().NotContain(x => x.Text == "Cadillac" && x.Type == "GPE");
        Detect("The crash involved their red 1991 Honda and a truck.").Should().NotContain(x => x.Type == "GPE");
        Detect("Deputies tried to stop a car near Cadillac on Monday.").Should().Contain(x => x.Text == "Cadillac" && x.Type == "GPE");
    }

    [Fact]
    public void A_region_inside_an_event_name_is_a_place_wherever_it_sits()
    {
        var m = Detect("Delegates met at the Tidal Research Wales Annual Conference on Tuesday.");
        m.Should().Contain(x => x.Text.EndsWith("Wales Annual Conference") && x.Type == "EVENT");
        m.Should().Contain(x => x.Text == "Wales" && x.Type == "GPE");
    }

    [Fact]
    public void A_small_town_inside_an_event_name_off_the_first_word_is_not_a_place()
    {
        // Only a country or admin region counts past the first word: "Hope" (a town, too) is a word here.
        var m = Detect("Delegates met at the Tidal Research Hope Annual Conference on Tuesday.");
        m.Should().NotContain(x => x.Text == "Hope" && x.Type == "GPE");
    }

    [Fact]
    public void A_city_name_opening_a_name_with_an_age_after_it_is_a_person()
    {
        var m = Detect("The victim was found at home. Tanga Sheri Moon, 34, a daily caregiver, called police.");
        m.Should().Contain(x => x.Text == "Tanga Sheri Moon" && x.Type == "PERSON");
        m.Should().NotContain(x => x.Text == "Tanga" && x.Type == "GPE");
    }

    [Fact]
    public void A_title_opening_a_regions_name_is_the_region_not_a_person()
    {
        var m = Detect("Avian flu was confirmed in a goose in the province of Prince Edward Island on Monday.");
        m.Should().Contain(x => x.Text == "Prince Edward Island" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Edward"));
    }
}
