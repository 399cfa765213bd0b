using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Documents;
using Sitrep.Knowledge;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Streets and buildings pinned at the town they are in (<see cref="FacilityPinRule"/>).</summary>
public class FacilityPinTests
{
    private static List<PlaceMention> Pins(string text) => PlacesIn(text).Where(FacilityPinRule.IsPin).ToList();

    [GazetteerFact]
    public void A_street_named_in_a_town_s_story_is_pinned_at_the_town_with_a_note()
    {
        var pins = Pins("Harare city council met on Tuesday. Harare residents came.\n\nCouncillors resolved to rename Third Street after the late opposition leader.");
        var street = pins.Single(p => p.Text == "Third Street");
        street.Country.Should().Be("ZW");
        GeoEvaluator.DistanceKm(street.Lat, street.Lon, -17.83, 31.05).Should().BeLessThan(20);
        street.Kind.Should().Be("feature");
        street.GeonameId.Should().BeNull("the point is not the street's own");
        street.Confidence.Should().BeLessThan(1);
        street.Note.Should().Contain("Harare");
    }

    [GazetteerFact]
    public void A_street_takes_the_town_named_before_it_in_its_paragraph()
    {
        var pins = Pins("Firefighters in Winnipeg were called to the 200 block of River Avenue on Friday night.");
        var avenue = pins.Single(p => p.Text == "River Avenue");
        avenue.Country.Should().Be("CA");
        GeoEvaluator.DistanceKm(avenue.Lat, avenue.Lon, 49.88, -97.15).Should().BeLessThan(20);
    }

    [GazetteerFact]
    public void The_town_the_writer_puts_a_building_in_beats_the_story_s_other_towns()
    {
        var pins = Pins("The family flew from Liverpool to Italy. Their son was taken to Bambino Gesu Paediatric Hospital in Rome on Monday.");
        var hospital = pins.Single(p => p.Text == "Bambino Gesu Paediatric Hospital");
        hospital.Country.Should().Be("IT");
        GeoEvaluator.DistanceKm(hospital.Lat, hospital.Lon, 41.89, 12.48).Should().BeLessThan(30);
    }

    [GazetteerFact]
    public void A_town_s_possessive_owns_the_building_after_it()
    {
        var pins = Pins("Smog closed games in Busan. Fine dust was thick near Seoul's Jamsil Stadium, where fans waited.");
        var stadium = pins.Single(p => p.Text == "Jamsil Stadium");
        GeoEvaluator.DistanceKm(stadium.Lat, stadium.Lon, 37.57, 126.98).Should().BeLessThan(30);
    }

    [GazetteerFact]
    public void A_building_with_a_town_in_its_name_is_not_pinned_twice()
    {
        PlacesIn("Shells hit Aleppo University in Syria.").Should().NotContain(p => p.Text == "Aleppo University");
    }

    [GazetteerFact]
    public void A_university_that_speaks_is_a_body_not_a_building()
    {
        // "Center", "University": without a preposition of place the name is the body ("Cornell University said").
        Pins("Researchers in Ithaca said on Monday that Cornell University will cut fees.").Should().BeEmpty();
    }

    [GazetteerFact]
    public void No_town_in_the_story_means_no_pin()
    {
        Pins("Police closed Maple Avenue after a crash on Friday.").Should().BeEmpty();
    }

    [Fact]
    public void Building_names_end_in_a_building_or_street_word()
    {
        FacilityPinRule.NamesBuilding("Third Street").Should().BeTrue();
        FacilityPinRule.NamesBuilding("Barclays Center").Should().BeTrue();
        FacilityPinRule.NamesBuilding("Street").Should().BeFalse("one word is no name");
        FacilityPinRule.NamesBuilding("Harare City").Should().BeFalse();
    }

    [GazetteerFact]
    public void A_pin_names_the_town_whose_point_it_has_within_the_contract()
    {
        var doc = new Document { Id = "t", Source = new SourceInfo(null, null, "text"),
            Body = "Harare city council met on Tuesday. Harare residents came.\n\nCouncillors resolved to rename Third Street after the late opposition leader." };
        doc = new PlaceStage().Apply(new EntityStage().Apply(doc));
        var json = Sitrep.Output.ContractJson.Serialize(doc);
        json.Should().Contain("\"text\":\"Third Street\",\"start\":91,\"end\":103,\"name\":\"Third Street, Harare\"");
        json.Should().Contain("\"geonameid\":null,\"kind\":\"feature\"");
        json.Should().NotContain("\"note\"", "the contract's place has no note field");
        Sitrep.Tests.Support.ContractValidator.Validate(json).Should().BeEmpty();
        doc.Entities.Should().Contain(e => e.Text == "Third Street" && e.Type == "FAC");
    }
}
