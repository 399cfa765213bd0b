using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Documents;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>"Aleppo's Old City" is in Aleppo, not Jerusalem (<see cref="DistrictHostRule"/>).</summary>
public class DistrictHostTests
{
    private static List<PlaceMention> OldCities(string text) => PlacesIn(text).Where(p => p.Text == "Old City").ToList();

    private static void ShouldBeNear(PlaceMention p, double lat, double lon, string name)
    {
        GeoEvaluator.DistanceKm(p.Lat, p.Lon, lat, lon).Should().BeLessThan(20, p.Name);
        p.Name.Should().Be("Old City, " + name);
        p.GeonameId.Should().BeNull("the point is the city's, not the district's");
        FacilityPinRule.IsPin(p).Should().BeTrue();
    }

    [GazetteerFact]
    public void A_city_s_possessive_owns_its_old_city()
    {
        ShouldBeNear(OldCities("Rebels shelled Aleppo's Old City on Monday, killing four people.").Single(), 36.20, 37.16, "Aleppo");
    }

    [GazetteerFact]
    public void A_possessive_stripped_of_its_apostrophe_still_owns_it()
    {
        ShouldBeNear(OldCities("Salah al-Din is located west of Aleppos Old City in a district that was part of the front line.").Single(), 36.20, 37.16, "Aleppo");
    }

    [GazetteerFact]
    public void The_city_after_of_or_in_is_the_host()
    {
        var cities = OldCities("29 rebels were killed in the besieged Old City of Homs. A shell fell in the Old City in Damascus.");
        ShouldBeNear(cities[0], 34.73, 36.72, "Homs");
        ShouldBeNear(cities[1], 33.51, 36.29, "Damascus");
    }

    [GazetteerFact]
    public void Without_a_tie_the_city_named_before_is_the_host()
    {
        var city = OldCities("Troops pressed on in Homs on Tuesday.\n\nFood ran out in the besieged Old City, residents said.").Single();
        ShouldBeNear(city, 34.73, 36.72, "Homs");
    }

    [GazetteerFact]
    public void Jerusalem_s_old_city_keeps_its_own_gazetteer_place()
    {
        var city = OldCities("Israeli police closed the Old City in Jerusalem after the stabbing.").Single();
        city.GeonameId.Should().Be(6945291);
        FacilityPinRule.IsPin(city).Should().BeFalse();
    }

    [GazetteerFact]
    public void An_old_city_with_no_host_far_from_every_place_of_the_story_is_not_pinned_in_Jerusalem()
    {
        PlacesIn("Syrian troops and their allies advanced on Tuesday.\n\nFighting in the Old City went on through the night.")
            .Should().NotContain(p => p.Text == "Old City");
    }
}
