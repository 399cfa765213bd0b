using Sitrep.Tests.Places;
using Sitrep.Analyse.Entities;

namespace Sitrep.Tests.Entities;

/// <summary>One fixture per named rule of MentionDetector, in the style of local news and war reports.</summary>
public class MentionRuleTests
{
    private static readonly EntityStage Stage = new();

    private static List<Mention> Detect(string text) => Stage.Detect(text);

    [GazetteerFact]
    public void A_person_of_a_town_is_two_names()
    {
        var m = Detect("The car was driven by David Arvin of Irvine. Arvin was not hurt.");
        m.Should().Contain(x => x.Text == "David Arvin" && x.Type == "PERSON");
        m.Should().Contain(x => x.Text == "Irvine" && x.Type == "GPE");
        m.Single(x => x.Text == "Arvin").Type.Should().Be("PERSON", "the surname of the person named in full");
    }

    [Theory]
    [InlineData("\"The strike was a grave mistake\" said Ole Solvang HRW deputy emergencies director.", "Ole Solvang", "HRW")]
    [InlineData("\"Civilians paid the price\" said Kenneth Roth Human Rights Watch executive director.", "Kenneth Roth", "Human Rights Watch")]
    public void A_name_run_into_a_known_body_on_a_page_without_commas_is_two_names(string text, string person, string body)
    {
        var m = Detect(text);
        m.Single(x => x.Text == person).Type.Should().Be("PERSON");
        m.Single(x => x.Text == body).Type.Should().Be("ORG");
    }

    [Fact]
    public void A_known_body_s_possessive_stripped_of_its_apostrophe_ends_the_name_before_it()
    {
        // A page without commas or apostrophes (FA-KES): "Watchs" is the possessive of Human Rights Watch.
        var filler = string.Concat(Enumerable.Repeat("The convoy of trucks carrying flour and fuel reached the eastern districts of the city after a long journey. ", 5));
        var m = Detect(filler + "\"Civilians paid the price\" said Kenneth Roth Human Rights Watchs executive director in New York.");
        m.Single(x => x.Text == "Kenneth Roth").Type.Should().Be("PERSON");
        m.Should().Contain(x => x.Canonical == "Human Rights Watch" && x.Type == "ORG");
    }

    [Fact]
    public void Capitalised_common_words_the_page_also_writes_in_lower_case_are_no_person()
    {
        var m = Detect("The attacks killed two civilians and human rights groups said the Human Rights situation was grave. Mark Toner said the mark was clear.");
        m.Single(x => x.Text == "Human Rights").Type.Should().Be("OTHER");
        m.Single(x => x.Text == "Mark Toner").Type.Should().Be("PERSON", "'Mark' is a given name");
    }

    [Theory]
    [InlineData("Civil Defence said three people were killed in the raid.", "Civil Defence")]
    [InlineData("The Air Force struck the depot on Monday.", "Air Force")]
    public void A_defence_or_a_force_is_a_body_not_a_person(string text, string name) =>
        Detect(text).Single(x => x.Text == name).Type.Should().Be("ORG");

    [Fact]
    public void A_common_word_opening_a_sentence_is_no_part_of_the_name_even_when_a_village_bears_it()
    {
        var m = Detect("As Nikolai Pakhomov writes over at the Lobelog, the sale marks a shift.");
        m.Should().Contain(x => x.Text == "Nikolai Pakhomov");
        m.Should().NotContain(x => x.Text.StartsWith("As "));
    }

    [GazetteerFact]
    public void A_one_word_name_that_is_quoted_is_a_person_not_the_town()
    {
        var m = Detect("“The forces converge,” [Army Colonel Ryan] Dillon was quoted as saying by Foreign Policy magazine.");
        m.Single(x => x.Text == "Dillon").Type.Should().Be("PERSON");
    }

    [GazetteerFact]
    public void A_body_named_by_its_common_noun_or_its_report_is_that_body_everywhere()
    {
        var m = Detect("Views of the US fell, according to the independent Russian polling organization Levada. " +
                       "Approval is low as with Gallup. From the full Gallup report, here is a list.");
        m.Single(x => x.Text == "Levada").Type.Should().Be("ORG");
        m.Where(x => x.Text == "Gallup").Should().HaveCount(2).And.OnlyContain(x => x.Type == "ORG");
        Detect("The convoy reached Gallup on Monday.").Single(x => x.Text == "Gallup").Type.Should().Be("GPE");
    }

    [Fact]
    public void An_office_of_a_place_names_the_place_not_a_person()
    {
        var m = Detect("The talks were led by the Prime Minister of Georgia on Monday.");
        m.Should().Contain(x => x.Text == "Georgia" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Georgia"));
    }

    [GazetteerFact]
    public void A_body_then_an_office_then_its_holder()
    {
        var m = Detect("The road is closed, noted Douglas County Public Works Director Dave Robley on Friday.");
        m.Should().Contain(x => x.Text == "Dave Robley" && x.Type == "PERSON");
        m.Should().Contain(x => x.Text == "Douglas County" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_head_word_that_is_also_a_town_still_heads_the_name()
    {
        var m = Detect("She is a professor at the University of Hartford and lives in Botley.");
        m.Should().Contain(x => x.Text == "University of Hartford" && x.Type == "FAC");
        m.Should().Contain(x => x.Text == "Hartford" && x.Type == "GPE");
    }

    [Fact]
    public void A_feature_word_first_names_the_feature()
    {
        var m = Detect("County Road 35, north of the town near Lake Vermont, is closed.");
        m.Should().Contain(x => x.Text == "Lake Vermont" && x.Type == "LOC");
        m.Should().NotContain(x => x.Text == "Vermont");
    }

    [Theory]
    [InlineData("I'll tell you what happened, he said.", "I'll")]
    [InlineData("Aid worth US$460 million arrived.", "US")]
    public void Contractions_and_currency_prefixes_are_not_names(string text, string word)
    {
        Detect(text).Should().NotContain(x => x.Text == word);
    }

    [Fact]
    public void Given_names_and_people_with_ages_are_not_towns()
    {
        var m = Detect("Her eldest, Harrison, 8, held a plate. The other owner, Claude Williams, could not be reached.");
        m.Where(x => x.FromGazetteer).Select(x => x.Text).Should().NotIntersectWith(["Harrison", "Claude", "Williams"]);
        m.Should().Contain(x => x.Text == "Claude Williams" && x.Type == "PERSON");
    }

    [GazetteerFact]
    public void A_speaker_after_said_is_a_person_and_a_town_before_a_comma_is_not_a_speaker()
    {
        var m = Detect("\"It works,\" said Smith. Adam Newport, 14, from Botley, said it was fun.");
        m.Single(x => x.Text == "Smith").Type.Should().Be("PERSON");
        m.Single(x => x.Text == "Botley").Type.Should().Be("GPE");
    }

    [GazetteerFact]
    public void Street_names_nest_no_towns_but_roads_nest_their_counties()
    {
        var m = Detect("The fire at 6016 Dublin Road spread. Douglas County Road 4 is closed.");
        m.Should().NotContain(x => x.Text == "Dublin" && x.FromGazetteer);
        m.Should().Contain(x => x.Text == "Douglas County" && x.FromGazetteer);
    }

    [Fact]
    public void West_Virginia_abbreviated_is_one_word()
    {
        var tokens = Tokenizer.Tokenize("CHARLESTON, W.Va. -- The mayor said");
        tokens.Should().Contain(t => t.Folded == "wva");
    }
}

public class NestedStateTests
{
    [GazetteerFact]
    public void A_country_inside_an_unknown_name_is_no_surname_but_a_nested_place()
    {
        var m = new EntityStage().Detect("We don't have anyone to talk to at Air Zimbabwe, the union said.");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Zimbabwe"));
        m.Should().Contain(x => x.Text == "Zimbabwe" && x.FromGazetteer);
    }
}
