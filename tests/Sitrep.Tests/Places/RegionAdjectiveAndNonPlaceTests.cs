using Sitrep.Analyse.Places;
using Sitrep.Documents;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary><see cref="CompassDemonymRule"/> and <see cref="NotAPlaceRule"/>.</summary>
public class RegionAdjectiveAndNonPlaceTests
{
    [GazetteerFact]
    public void A_compass_word_before_a_demonym_pins_the_region()
    {
        var places = PlacesIn("Ottawa said the North American Free Trade Agreement talks would resume, and Latin American envoys agreed.");
        places.Where(p => p.Text == "American").Select(p => p.Name).Should().Contain(["North America", "Latin America"]);
    }

    [GazetteerFact]
    public void A_demonym_alone_stays_the_country()
    {
        PlacesIn("Ottawa said American envoys agreed to resume the trade talks in May.")
            .Where(p => p.Text == "American").Should().OnlyContain(p => p.Country == "US" && p.Kind == "country");
    }

    [GazetteerFact]
    public void Climate_patterns_and_title_case_particles_are_not_places()
    {
        var places = PlacesIn("Forecasters in Miami said El Niño may return; a weak La Niña faded over the Pacific this spring.");
        places.Should().NotContain(p => p.Text == "El Niño" || p.Text == "La" || p.Text == "La Niña");
        places.Should().Contain(p => p.Text == "Miami");
    }

    [Fact]
    public void A_state_abbreviation_with_its_dot_stays_a_place()
    {
        var body = "He lives in Louisville, Ky. and in La Grange.";
        var ky = new EntityMention(new TextSpan(24, 26), "Ky", "GPE", null, null);
        var la = new EntityMention(new TextSpan(35, 37), "La", "GPE", null, null);
        NotAPlaceRule.Applies(ky, body).Should().BeFalse();
        NotAPlaceRule.Applies(la, body).Should().BeTrue();
    }
}
