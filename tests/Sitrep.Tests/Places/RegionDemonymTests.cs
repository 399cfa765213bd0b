using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Demonyms of regions and states (curated '~' aliases) point to their region, like a country's do.</summary>
public class RegionDemonymTests
{
    [GazetteerTheory]
    [InlineData("Two Abkhaz servicemen were injured in the blast near the border.", "Abkhaz", 43.0, 41.0)]
    [InlineData("The South Ossetian side refused to meet the envoy.", "South Ossetian", 42.33, 44.0)]
    [InlineData("Many Texans drove to the rally on Saturday.", "Texans", 31.25, -99.25)]
    public void A_region_s_demonym_pins_the_region(string text, string demonym, double lat, double lon)
    {
        var p = PlacesIn(text).Single(x => x.Text == demonym);
        (Math.Abs(p.Lat - lat) < 0.5 && Math.Abs(p.Lon - lon) < 0.5).Should().BeTrue();
    }
}
