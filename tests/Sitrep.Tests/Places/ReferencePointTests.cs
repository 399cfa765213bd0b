using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Documents;
using Sitrep.Knowledge;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Country reference points and the rules added with them (geo issue, session 3).</summary>
public class ReferencePointTests
{
    [Fact]
    public void Country_points_table_moves_only_the_countries_it_names()
    {
        var points = CountryPointsReader.Read(new StringReader("# comment\ncountry\tlat\tlon\tnote\nJP\t35.68\t139.75\tGeoNames\nXX\t999\t0\tbad\n"));
        points.Should().ContainKey("JP").And.NotContainKey("XX");
        var builder = new GazetteerBuilder();
        builder.Add(new PlaceRecord(null, "Japan", [], 36, 138, 'A', "PCLI", "JP", "00", 0));
        builder.Add(new PlaceRecord(1, "Japan Town", [], 36, 138, 'P', "PPL", "JP", "01", 10));
        builder.MoveCountries(points).Should().Be(1);
        var g = builder.Build();
        g[g.Country("JP")!.Value].Lat.Should().BeApproximately(35.68, 0.01);
        g[g.Lookup("Japan Town")[0]].Lat.Should().Be(36);
    }

    [GazetteerFact]
    public void The_bundled_Japan_is_pinned_at_GeoNames_point()
    {
        var p = PlacesIn("Exports from Japan fell in March.").Single(x => x.Text == "Japan");
        GeoEvaluator.DistanceKm(p.Lat, p.Lon, 35.685, 139.753).Should().BeLessThan(5);
    }

    [GazetteerFact]
    public void A_small_town_opening_a_longer_name_is_no_place_without_support()
    {
        PlacesIn("Volunteers repainted the Webb Center on Tuesday, the director said.").Should().NotContain(p => p.Text == "Webb");
    }

    [GazetteerFact]
    public void A_town_the_story_names_alone_counts_inside_longer_names_too()
    {
        var places = PlacesIn("The Gainesville Police Department arrested two men. Police in Gainesville, Florida, said both were released.");
        places.Where(p => p.Text == "Gainesville").Should().HaveCount(2).And.OnlyContain(p => p.Country == "US");
    }

    [GazetteerFact]
    public void A_big_city_opening_a_longer_name_needs_no_support()
    {
        PlacesIn("A lieutenant at the Los Angeles Police Department confirmed the arrest.").Should().Contain(p => p.Text == "Los Angeles");
    }

    [GazetteerFact]
    public void First_level_regions_the_cities_table_lacks_are_places()
    {
        var places = PlacesIn("Bird flu deaths were reported in the provinces of Anhui and Hunan, and cases in KwaZulu-Natal.");
        places.Should().Contain(p => p.Text == "Anhui" && p.Country == "CN" && p.Kind == "admin");
        places.Should().Contain(p => p.Text == "Hunan" && p.Country == "CN");
        places.Should().Contain(p => p.Text == "KwaZulu-Natal" && p.Country == "ZA");
    }

    [GazetteerFact]
    public void A_party_name_is_not_a_loose_spelling_of_a_region()
    {
        PlacesIn("Hamas refused to release prisoners held by Fatah, the officials said.").Should().NotContain(p => p.Text == "Fatah");
    }

    [GazetteerTheory]
    [InlineData("Flooding closed roads across New York state on Monday.", true)]
    [InlineData("A fire broke out at a warehouse in Buffalo, New York, on Monday.", true)]
    [InlineData("New York Governor Andrew Cuomo declared an emergency.", true)]
    [InlineData("She grew up in New York and speaks Mandarin.", false)]
    public void A_state_s_words_make_New_York_the_state(string text, bool state)
    {
        var p = PlacesIn(text).Single(x => x.Text == "New York");
        p.Kind.Should().Be(state ? "admin" : "city");
    }

    [Fact]
    public void Admin_cues_read_the_word_after_the_name()
    {
        AdminCues.Follow("across New York state today", 15).Should().BeTrue();
        AdminCues.Follow("New York's governor said", 8).Should().BeTrue();
        AdminCues.Follow("the New York State Department of Health", 12).Should().BeTrue();
        AdminCues.Follow("the Washington border said", 14).Should().BeTrue();
        AdminCues.Follow("in New York today", 11).Should().BeFalse();
    }

    [Fact]
    public void A_loose_spelling_never_reaches_a_country_by_its_official_Arabic_name()
    {
        var builder = new GazetteerBuilder();
        builder.Add(new PlaceRecord(102358, "Saudi Arabia", ["Al-Mamlakah al-‘Arabiyyah as-Su‘ūdiyyah", "as-Suudiyyah"], 25, 45, 'A', "PCLI", "SA", "00", 0));
        builder.Add(new PlaceRecord(172408, "As-Suwayda", [], 32.71, 36.57, 'P', "PPLA", "SY", "05", 59_052));
        builder.Add(new PlaceRecord(228114, "El Fasher", [], 13.63, 25.35, 'P', "PPLA", "SD", "02", 252_609));
        var g = builder.Build();
        g.Lookup("al-Suwaida").ToArray().Select(i => g[i].Country).Should().NotContain("SA");
        g.Lookup("Al-Fashir").ToArray().Select(i => g[i].Country).Should().Equal("SD");     // a town's loose spelling still works
    }

    [Fact]
    public void St_and_Saint_are_one_name_in_lookups()
    {
        var builder = new GazetteerBuilder();
        builder.Add(new PlaceRecord(1, "Saint Paul", [], 44.94, -93.09, 'P', "PPLA", "US", "MN", 285_000));
        builder.Add(new PlaceRecord(2, "St. Paul", [], 53.98, -111.29, 'P', "PPL", "CA", "01", 5_700));
        var g = builder.Build();
        g.Lookup("St. Paul").ToArray().Should().HaveCount(2);
        g.Lookup("Saint Paul").ToArray().Should().HaveCount(2);
        g.Lookup("Paul").ToArray().Should().BeEmpty();
    }

    [GazetteerFact]
    public void Initials_never_name_a_village_that_folds_the_same()
    {
        var places = PlacesIn("Paris and Berlin urged restraint; U.S. officials said the U.N. would meet.");
        places.Where(p => p.Text == "U.S.").Should().OnlyContain(p => p.Country == "US");
        places.Should().NotContain(p => p.Text == "U.N." && p.Kind == "city");
    }

    [GazetteerFact]
    public void Curated_sovereigns_airports_and_islands_are_pinned()
    {
        PlacesIn("An envoy of the Holy See met the bishops.").Should().Contain(p => p.Text == "Holy See" && p.Country == "VA");
        PlacesIn("Flights from London Heathrow to Manchester were cancelled across England.").Should().Contain(p => p.Text.Contains("Heathrow") && p.Country == "GB");
        PlacesIn("Storms hit Oahu and Maui, Hawaii officials said.").Should().Contain(p => p.Text == "Oahu" && p.Country == "US");
    }
}
