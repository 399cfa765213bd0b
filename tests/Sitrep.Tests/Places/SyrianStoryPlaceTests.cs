using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Misreadings found on FA-KES (Syrian war stories) and the rules or rows that fix them.</summary>
public class SyrianStoryPlaceTests
{
    [GazetteerFact]
    public void US_officials_are_the_country_s_not_a_French_village_s()
    {
        var us = PlacesIn("Reuters quoting US officials said on Tuesday that two Russian jets struck the convoy near Aleppo.").Single(p => p.Text == "US");
        us.Country.Should().Be("US");
        us.Kind.Should().Be("country");
    }

    [GazetteerFact]
    public void A_weapon_s_name_before_missiles_is_not_a_town()
    {
        var places = PlacesIn("On Thursday night the United States launched 59 Tomahawk cruise missiles at the Shayrat air base near Homs. Grad rockets hit Daraa.");
        places.Should().NotContain(p => p.Text == "Tomahawk" || p.Text == "Grad");
        PlacesIn("The plant in Tomahawk, Wisconsin, will close in May.").Should().Contain(p => p.Text == "Tomahawk");
    }

    [GazetteerFact]
    public void The_Red_Crescent_is_a_body_not_a_street()
    {
        PlacesIn("Airstrikes in Aleppo province killed at least 22 Red Crescent volunteers on Monday.")
            .Should().NotContain(p => p.Text.Contains("Crescent"));
    }

    [GazetteerFact]
    public void Damascus_and_Aleppo_districts_are_pinned_in_Syria()
    {
        var places = PlacesIn("Regime forces were attacking the opposition-held Qaboun neighborhood of the capital Damascus. "
            + "Rockets hit Salah Eddin neighborhood in Aleppo, and fighting went on around Al Maleh north of the city.");
        foreach (var name in new[] { "Qaboun", "Salah Eddin", "Al Maleh" })
            places.Single(p => p.Text == name).Country.Should().Be("SY", name);
    }

    [GazetteerTheory]
    [InlineData("The aid convoy was struck in Urum al-Kubra west of Aleppo.", "Urum al-Kubra")]
    [InlineData("A car bomb exploded near the shrine in Sayyeda Zeinab south of Damascus.", "Sayyeda Zeinab")]
    [InlineData("Kurdish fighters in al-Sheikh Maqsoud fired on the road.", "al-Sheikh Maqsoud")]
    [InlineData("Rebels shelled Bustan al-Qasr and Saif al-Dawleh on Monday.", "Saif al-Dawleh")]
    public void Syrian_towns_and_districts_that_read_as_persons_are_places(string text, string name) =>
        PlacesIn(text).Single(p => p.Text == name).Country.Should().Be("SY");

    [GazetteerFact]
    public void A_one_word_name_with_a_two_consonant_key_is_not_matched_loosely()
    {
        // "Mouillee" and the curated "Al-Mallah" share the key "mala"; LGL's Michigan game area went to Aleppo.
        PlacesIn("Hunters gathered near the Mouillee state game area in Monroe County, Michigan.").Should().NotContain(p => p.Country == "SY");
        // Keys of three consonants still match: "Dayr az Zawr" is Deir ez-Zor.
        PlacesIn("Shelling hit Dayr az Zawr on Monday, the monitor said.").Should().Contain(p => p.Text == "Dayr az Zawr" && p.Country == "SY");
    }
}
