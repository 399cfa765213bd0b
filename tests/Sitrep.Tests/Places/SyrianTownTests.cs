using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Syrian towns and districts the GeoNames cities table lacks, which homonyms abroad took (FA-KES).</summary>
public class SyrianTownTests
{
    [GazetteerFact]
    public void Besieged_towns_and_city_districts_are_in_Syria_not_their_homonyms_abroad()
    {
        var places = PlacesIn("Rebels shelled al-Fouaa and Kafraya in Idlib. Jets hit Adra in the Damascus countryside and a blast hit al-Mazzeh in Damascus.");
        places.Where(p => p.Text is "al-Fouaa" or "Kafraya" or "Adra" or "al-Mazzeh").Should().HaveCount(4).And.OnlyContain(p => p.Country == "SY");
        // "Castello road" in lower case: the road out of Aleppo, not a town in Italy.
        PlacesIn("Eight people were killed in Syria when airstrikes targeted Castello road, the only route into the besieged districts.")
            .Should().Contain(p => p.Text == "Castello" && p.Country == "SY");
    }
}
