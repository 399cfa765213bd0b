using Sitrep.Analyse.Entities;

namespace Sitrep.Tests.Entities;

/// <summary>Places the detector found but typed as a person, a body or an unknown name, one synthetic fixture each.</summary>
public class PlaceTypingTests
{
    private static readonly EntityStage Stage = new();

    private static List<Mention> Detect(string text) => Stage.Detect(text);

    [Fact]
    public void An_office_of_a_country_after_a_portfolio_word_is_no_person()
    {
        var m = Detect("Carlos Vallejos, the Health Minister of Peru, said the ban would stay.");
        m.Should().Contain(x => x.Text == "Peru" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Peru"));
    }

    [Fact]
    public void A_body_named_after_an_office_and_of_the_keeps_its_country()
    {
        var m = Detect("Speaking to reporters, Executive Director of the Jamaica Cancer Society, Yulit Gordon, outlined the plan.");
        m.Should().Contain(x => x.Text == "Jamaica" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Yulit Gordon" && x.Type == "PERSON");
    }
}
