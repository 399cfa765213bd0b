using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>"Crawford County located in Pennsylvania", "Ontario in Canada": a container said in words narrows the name before it.</summary>
public class LocatedInTests
{
    [GazetteerFact]
    public void A_county_located_in_a_state_is_that_state_s()
    {
        var places = PlacesIn("Bird flu found. The virus was found in wild ducks in Ohio and in Crawford County located in Pennsylvania, officials said.");
        var crawford = places.First(p => p.Text == "Crawford County");
        GeoEvaluator.DistanceKm(crawford.Lat, crawford.Lon, 41.68, -80.11).Should().BeLessThan(40);
    }

    [GazetteerFact]
    public void A_province_in_a_country_is_that_country_s()
    {
        // No town before it to narrow it: only "in Canada" keeps Ontario from Ontario, California, which the story's states pull to.
        var places = PlacesIn("Pet food recalled. The food was made at plants in Ontario in Canada and sold in California and Texas.");
        places.First(p => p.Text == "Ontario").Country.Should().Be("CA");
    }
}
