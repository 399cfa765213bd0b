using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Documents;
using Sitrep.Knowledge;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Which names become places: features named after a town, state codes, the demonyms of Britain's nations.</summary>
public class PlaceDetectionTests
{
    [GazetteerFact]
    public void A_valley_or_river_named_after_a_town_is_pinned_near_that_town()
    {
        var p = PlacesIn("Growers across the Salinas Valley lost their lettuce to the frost, farmers in Monterey County said.")
            .Single(x => x.Text == "Salinas Valley");
        GeoEvaluator.DistanceKm(p.Lat, p.Lon, 36.68, -121.66).Should().BeLessThan(50);   // Salinas, California
    }

    [GazetteerFact]
    public void A_lake_an_island_or_a_range_is_not_pinned_at_its_namesake()
    {
        FeatureHeadRule.InnerPlaces(GazetteerLoader.Default, "Lake Ontario").Should().BeNull();
        FeatureHeadRule.InnerPlaces(GazetteerLoader.Default, "Long Island").Should().BeNull();
        FeatureHeadRule.InnerPlaces(GazetteerLoader.Default, "Valley").Should().BeNull();
        FeatureHeadRule.InnerPlaces(GazetteerLoader.Default, "Naugatuck River").Should().NotBeNull();
    }

    [Fact]
    public void A_state_code_is_a_place_only_in_an_address()
    {
        const string body = "PA officials met in Erie, PA on Monday.";
        var initials = new EntityMention(new TextSpan(0, 2), "PA", "GPE", "PA", null);
        var address = new EntityMention(new TextSpan(body.IndexOf(", PA", StringComparison.Ordinal) + 2, body.IndexOf(", PA", StringComparison.Ordinal) + 4), "PA", "GPE", "PA", null);
        NotAPlaceRule.Applies(initials, body).Should().BeTrue();
        NotAPlaceRule.Applies(address, body).Should().BeFalse();
    }

    [GazetteerFact]
    public void English_is_the_demonym_of_England_not_a_town_in_Indiana()
    {
        GazetteerLoader.Default.IsDemonym("english").Should().BeTrue();
    }
}
