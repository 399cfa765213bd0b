using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>The English press spellings of Palestinian cities reach the GeoNames places listed only in transliteration.</summary>
public class PalestinianCityTests
{
    [GazetteerFact]
    public void Jenin_and_Khan_Younis_are_the_palestinian_cities()
    {
        var places = PlacesIn("Troops raided the Jenin refugee camp on Monday, and strikes hit Khan Younis in the south of the Gaza Strip.");
        places.Should().Contain(p => p.Text == "Jenin" && p.Country == "PS");
        places.Should().Contain(p => p.Text == "Khan Younis" && p.Country == "PS");
    }

    [GazetteerFact]
    public void A_dateline_in_capitals_after_ST_is_the_saints_town()
    {
        PlacesIn("ST. PARIS — Hundreds of mourners gathered in Champaign County, Ohio, on Sunday.")
            .Should().Contain(p => p.Text == "PARIS" && p.Country == "US");
    }
}
