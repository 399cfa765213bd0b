using Sitrep.Analyse.Entities;

using Sitrep.Tests.Places;
using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Entities;

/// <summary>A town's name that is also the surname of a person in the story.</summary>
public class SurnamePlaceTests
{
    [GazetteerFact]
    public void A_mid_sized_city_s_name_is_the_commissioner_it_names_in_the_story()
    {
        // McKinney, Texas has some 190,000 people: strong enough to stand alone, not against Commissioner Jim McKinney.
        var places = PlacesIn("Commissioner Jim McKinney voted against the budget on Tuesday. Later, McKinney told the court the county could not afford a new jail.");
        places.Should().NotContain(p => p.Text == "McKinney");
    }

    [GazetteerFact]
    public void A_capital_stays_a_place_beside_a_person_of_its_name()
    {
        var places = PlacesIn("Analyst Tom Moscow wrote the report. Officials in Moscow rejected it on Monday, and Moscow later summoned the ambassador.");
        places.Where(p => p.Text == "Moscow").Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [GazetteerFact]
    public void A_common_word_before_a_town_is_no_given_name()
    {
        // "Two Richmond" reads like a first name and a surname; "two" in lower case says it is not.
        var places = PlacesIn("Two Richmond officers were hurt. The two men were treated at a hospital, and Richmond police said the crash is under investigation.");
        places.Should().Contain(p => p.Text == "Richmond" && p.Span.Start > 40);
    }

    [Theory]
    [InlineData("Two Richmond", "Two officers and two men", false)]
    [InlineData("Actress Roseanne Barr", "the actress said", true)]
    [InlineData("Jim McKinney", "jim dandy", false)]
    [InlineData("Jim McKinney", "a county budget", true)]
    public void A_person_opens_with_a_name_unless_the_page_writes_its_words_in_lower_case(string person, string text, bool expected)
    {
        PersonNameRule.OpensWithAName(text, person).Should().Be(expected);
    }
}
