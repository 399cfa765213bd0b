using Sitrep.Tests.Places;
using Sitrep.Analyse.Entities;

namespace Sitrep.Tests.Entities;

/// <summary>Where "of" and "for" end a name instead of joining two.</summary>
public class ConnectorSplitTests
{
    private static readonly EntityStage Stage = new();

    [Fact]
    public void An_office_holder_of_a_place_is_a_person_and_a_place()
    {
        var mentions = Stage.Detect("House Republican Leader John Boehner of Ohio voted against the bill.");
        mentions.Should().Contain(m => m.Text == "John Boehner" && m.Type == "PERSON");
        mentions.Should().Contain(m => m.Text == "Ohio" && m.Type == "GPE");
    }

    [Fact]
    public void For_does_not_join_a_county_and_a_surname()
    {
        var mentions = Stage.Detect("The warrant was filed Tuesday in Madison County for Chesnut's home.");
        mentions.Should().Contain(m => m.Text == "Madison County" && m.Type == "GPE");
        mentions.Should().NotContain(m => m.Text.Contains("for Chesnut"));
    }

    [Fact]
    public void For_still_joins_the_Centers_for_Disease_Control()
    {
        Stage.Detect("Officials at the Centers for Disease Control confirmed the case.")
            .Should().Contain(m => m.Text == "Centers for Disease Control");
    }

    [GazetteerFact]
    public void For_still_joins_a_body_s_name()
    {
        Stage.Detect("Officials at the Council for Human Rights confirmed the case.")
            .Should().Contain(m => m.Text == "Council for Human Rights");
    }

    [Theory]
    [InlineData("Lieutenant General Aleksandr Lapin of the Russian General Staff said the corridor was open.", "Aleksandr Lapin")]
    [InlineData("General Lapin of the General Staff said the corridor was open.", "Lapin")]
    [InlineData("Lieutenant General Sergey Rudskoy Chief of the Main Operational Directorate said the corridor was open.", "Sergey Rudskoy")]
    public void A_titled_name_ends_before_of_the_and_the_body_he_serves(string text, string person)
    {
        var mentions = Stage.Detect(text);
        mentions.Where(m => m.Type == "PERSON").Select(m => m.Text).Should().Equal(person);
    }

    [Theory]
    [InlineData("The Russian General Staff said the corridor was open.", "Russian General Staff")]
    [InlineData("The General Staff of the Armed Forces said the corridor was open.", null)]
    public void A_title_before_a_body_s_head_word_is_no_person(string text, string? org)
    {
        var mentions = Stage.Detect(text);
        mentions.Should().NotContain(m => m.Type == "PERSON");
        if (org is not null) mentions.Should().Contain(m => m.Text == org && m.Type == "ORG");
    }
}
