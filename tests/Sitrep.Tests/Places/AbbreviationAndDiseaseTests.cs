using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>State abbreviations, eras and pathogens that spell a place but name none.</summary>
public class AbbreviationAndDiseaseTests
{
    [GazetteerFact]
    public void A_state_abbreviation_without_its_dot_is_the_english_word()
    {
        PlacesIn("Hundreds attended the Easter Vigil Mass at the cathedral in Boston. Wash your hands after the service, nurses said.")
            .Should().NotContain(p => p.Text == "Mass" || p.Text == "Wash").And.Contain(p => p.Text == "Boston");
        PlacesIn("The plant in Springfield, Mass. will close, said Sen. Ben Sasse, R-Neb., on Monday.")
            .Should().Contain(p => p.Text == "Mass").And.Contain(p => p.Text == "Neb");
    }

    [GazetteerFact]
    public void Dotted_initials_the_press_never_uses_for_a_state_are_no_state()
    {
        PlacesIn("The law firm Dimond Kaplan & Rothstein, P.A. represents investors in Miami.").Should().NotContain(p => p.Text == "P.A.");
        PlacesIn("Police in L.A. said the port of Albany, N.Y. was closed.").Should().Contain(p => p.Text == "L.A.").And.Contain(p => p.Text == "N.Y.");
    }

    [GazetteerFact]
    public void BC_after_a_year_is_the_era()
    {
        PlacesIn("The mound near Chillicothe was built between 250 and 100 B.C. by the Adena people.").Should().NotContain(p => p.Text == "B.C.");
        PlacesIn("Snow fell across northern B.C. on Tuesday.").Should().Contain(p => p.Text == "B.C.");
    }

    [GazetteerFact]
    public void A_place_name_before_virus_or_disease_or_inside_a_strain_names_the_pathogen()
    {
        PlacesIn("Workers at a farm in Bulacan were infected with Reston ebolavirus. Minamata disease was also discussed.")
            .Should().NotContain(p => p.Text == "Reston" || p.Text == "Minamata").And.Contain(p => p.Text == "Bulacan");
        PlacesIn("The vaccine contains an A/California/7/2009 (H1N1)-like virus, health officials in Ohio said.")
            .Should().NotContain(p => p.Text == "California").And.Contain(p => p.Text == "Ohio");
    }
}
