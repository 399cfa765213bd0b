using Sitrep.Analyse.Entities;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.PlaceFalsePositives;

/// <summary>Words that name a body, a party or an ordinary thing, not the town GeoNames lists by that word.</summary>
public class FalsePlaceRuleTests
{
    private static readonly EntityStage Stage = new();

    [SkippableFact]
    public void A_word_after_of_inside_a_name_is_not_a_loose_spelling_of_a_place()
    {
        Skip.IfNot(HaveGazetteer, "bundled gazetteer absent");
        var places = PlacesIn("The walk raises money for the March of Dimes, which funds research. Volunteers met in Hopkins Park.");
        places.Should().NotContain(p => p.Text == "Dimes");
        // The same word with no name before "of" is still read by its loose key: the curated spelling "Damas" stays Damascus.
        PlacesIn("Shelling hit the outskirts of Damas on Monday, the monitor said.").Should().Contain(p => p.Text == "Damas" && p.Name == "Damascus");
    }

    [SkippableFact]
    public void A_party_word_before_a_government_is_the_party_and_after_a_town_comma_the_town()
    {
        Skip.IfNot(HaveGazetteer, "bundled gazetteer absent");
        PlacesIn("Business leaders criticised the Liberal government and its budget, said the Conservative leader.")
            .Should().NotContain(p => p.Text == "Liberal" || p.Text == "Conservative");
        PlacesIn("The plant in Liberal, Kan., will close in May, the company said in Wichita.").Should().Contain(p => p.Text == "Liberal");
    }

    [SkippableFact]
    public void United_Russia_is_the_party_not_the_country()
    {
        Skip.IfNot(HaveGazetteer, "bundled gazetteer absent");
        var text = "Senior United Russia officials accused the mayor of disloyalty. Russia's regions vote in March.";
        PlacesIn(text).Where(p => p.Text == "Russia").Should().ContainSingle();
        Stage.Detect(text).Should().Contain(m => m.Text == "United Russia" && m.Type == "ORG");
    }

    [SkippableFact]
    public void Metro_alone_is_a_metropolitan_government_not_a_town()
    {
        Skip.IfNot(HaveGazetteer, "bundled gazetteer absent");
        PlacesIn("The crash was reported to Metro 911 and Metro police closed the road in Nashville.")
            .Should().NotContain(p => p.Text == "Metro").And.Contain(p => p.Text == "Nashville");
    }
}
