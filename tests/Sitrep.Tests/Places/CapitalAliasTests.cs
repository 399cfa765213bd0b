using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A country's alias that is its own city's name ("Tunis") names the city.</summary>
public class CapitalAliasTests
{
    [GazetteerFact]
    public void A_country_named_by_its_own_city_s_name_is_that_city()
    {
        var tunis = PlacesIn("In a visit to Tunis on 1 February, Macron criticised NATO's role in the region.").Single(p => p.Text == "Tunis");
        tunis.Kind.Should().Be("city");
        GeoEvaluator.DistanceKm(tunis.Lat, tunis.Lon, 36.82, 10.17).Should().BeLessThan(20);
        PlacesIn("Troops were sent to the border with Mexico on Monday, officials in Mexico City said.")
            .First(p => p.Text == "Mexico").Kind.Should().Be("country");
    }
}
