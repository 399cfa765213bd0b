using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Phrase cues that narrow a name's readings: a sports opponent, a part of a state, a place's possessive.</summary>
public class ReadingCueTests
{
    [Theory]
    [InlineData("The Bulldogs then outlasted Louisville in OT.", "Louisville", true)]
    [InlineData("at home against Portland on Tuesday", "Portland", true)]
    [InlineData("swept their four-game season series with Portland.", "Portland", true)]
    [InlineData("He moved with Portland friends.", "Portland", false)]
    [InlineData("He flew to Portland on Tuesday.", "Portland", false)]
    public void A_match_word_before_a_name_makes_it_an_opponent(string text, string name, bool cue) =>
        ReadingCueRules.SportsOpponent(text, text.IndexOf(name, StringComparison.Ordinal)).Should().Be(cue);

    [Theory]
    [InlineData("the team travelled to central Washington to help", "Washington", true)]
    [InlineData("snow fell across upstate New York", "New York", true)]
    [InlineData("she studied at Central Washington University", "Washington", false)]
    [InlineData("he lives in Washington now", "Washington", false)]
    public void A_lower_case_compass_word_before_a_name_is_a_part_of_a_region(string text, string name, bool cue) =>
        ReadingCueRules.RegionPart(text, text.IndexOf(name, StringComparison.Ordinal)).Should().Be(cue);

    [GazetteerFact]
    public void A_team_s_city_is_the_big_one_even_when_the_story_names_a_small_namesake_s_state()
    {
        var places = PlacesIn("Mississippi State wins title. The Bulldogs, who beat a team from Columbus, Ohio last week, then outlasted Louisville in OT to earn the national title.");
        var louisville = places.First(p => p.Text == "Louisville");
        GeoEvaluator.DistanceKm(louisville.Lat, louisville.Lon, 38.25, -85.76).Should().BeLessThan(40);   // Louisville, Kentucky
    }

    [GazetteerFact]
    public void A_part_of_washington_is_the_state_not_the_capital()
    {
        var places = PlacesIn("Guard team trains. The call required the team to travel to central Washington before police could go in.");
        var washington = places.First(p => p.Text == "Washington");
        washington.Kind.Should().NotBe("city");
        GeoEvaluator.DistanceKm(washington.Lat, washington.Lon, 47.5, -120.5).Should().BeLessThan(40);
    }

    [GazetteerFact]
    public void A_name_after_a_place_s_possessive_lies_in_that_place_and_keeps_that_sense_in_the_story()
    {
        var places = PlacesIn("Fish flights. Staff from London's Heathrow Animal Reception Center met officials in Kansas City and Orlando. "
            + "Some 28 million fish passed through Heathrow's center last year.");
        places.Where(p => p.Text == "Heathrow").Should().HaveCount(2)
            .And.OnlyContain(p => GeoEvaluator.DistanceKm(p.Lat, p.Lon, 51.47, -0.45) < 20);
    }

    [GazetteerFact]
    public void A_demonym_is_its_country_not_a_town_of_that_name()
    {
        // Canadian, Texas is a town of 2,000; the story's Texas pulled the demonym there and its vote kept Ontario in California.
        var places = PlacesIn("Cattle deal signed. Canadian buyers met ranchers from Amarillo and Lubbock, Texas on Monday to sign the deal.");
        places.First(p => p.Text == "Canadian").Country.Should().Be("CA");
    }

    [Theory]
    [InlineData("a case in the state of Washington last year", "Washington", true)]
    [InlineData("plants in the province of Ontario closed", "Ontario", true)]
    [InlineData("the Bank of Washington said", "Washington", false)]
    public void State_of_before_a_name_is_a_region_cue(string text, string name, bool cue) =>
        ReadingCueRules.StateOf(text, text.IndexOf(name, StringComparison.Ordinal)).Should().Be(cue);

    [GazetteerFact]
    public void The_state_of_washington_is_the_state()
    {
        var places = PlacesIn("Mad cow case traced. The first case occurred in December of 2003 in the state of Washington, officials in Ottawa said.");
        var washington = places.First(p => p.Text == "Washington");
        GeoEvaluator.DistanceKm(washington.Lat, washington.Lon, 47.5, -120.5).Should().BeLessThan(100);
    }

    [GazetteerFact]
    public void A_university_named_after_a_town_is_in_the_big_namesake()
    {
        var places = PlacesIn("Doctor joins board. She is a professor of medicine at the University of Rochester and grew up near Fort Wayne and Warsaw, Indiana.");
        var rochester = places.First(p => p.Text == "Rochester");
        GeoEvaluator.DistanceKm(rochester.Lat, rochester.Lon, 43.15, -77.62).Should().BeLessThan(40);
    }
}
