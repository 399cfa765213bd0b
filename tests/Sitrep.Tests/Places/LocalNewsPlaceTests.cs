using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Documents;
using Sitrep.Knowledge;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Same-name towns in local news, US counties, and the failure breakdown of eval geo.</summary>
public class LocalNewsPlaceTests
{
    [GazetteerFact]
    public void A_US_county_is_an_admin_place_in_its_state()
    {
        var p = PlacesIn("Deputies searched a home in Kanawha County on Tuesday.").Single(x => x.Text == "Kanawha County");
        p.Kind.Should().Be("admin");
        p.Country.Should().Be("US");
        GeoEvaluator.DistanceKm(p.Lat, p.Lon, 38.34, -81.53).Should().BeLessThan(40);   // Charleston, WV area
    }

    [GazetteerFact]
    public void Local_news_words_make_a_country_name_a_town()
    {
        var places = PlacesIn("Gary Wilson, 54, of Palestine was sentenced after fleeing from Palestine police in Anderson County, Texas.");
        places.Where(p => p.Text == "Palestine").Should().OnlyContain(p => p.Country == "US");
    }

    [GazetteerFact]
    public void A_town_near_the_story_s_other_places_wins_over_a_capital()
    {
        var places = PlacesIn("Jessica Kay, 18, of Paris died in a Dallas hospital. The sheriff said the crash on Loop 286 in Paris is under investigation.");
        places.Where(p => p.Text == "Paris").Should().OnlyContain(p => p.Country == "US");
    }

    [Fact]
    public void GeoVirus_one_based_offsets_are_read_right()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geovirus-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, "<articles><article><text>Cases rose in Sudan.</text><locations><location><name>Sudan</name>" +
                                "<start>15</start><end>20</end><lat>15</lat><lon>32</lon></location></locations></article></articles>");
        try
        {
            var t = GeoCorpus.Load(path).Single().Toponyms.Single();
            (t.Start, t.End).Should().Be((14, 19));
        }
        finally { File.Delete(path); }
    }

    [GazetteerFact]
    public void Misses_are_explained_by_cause()
    {
        var breakdown = new GeoErrorBreakdown(GazetteerLoader.Default)
        {
            Entities = [new EntityMention(new TextSpan(0, 5), "Smith", "PERSON", "Smith", null)],
        };
        var missed = new GoldToponym(0, 5, "Smith", 1, 1);
        breakdown.Cause(new GeoFailure(new GeoMiss("FN", "Smith", "", ""), missed, null)).Should().Be("detected as PERSON");
        var demonym = new PlaceMention(new TextSpan(10, 17), "Russian", "Russia", "RU", 60, 100, null, "country");
        breakdown.Cause(new GeoFailure(new GeoMiss("FP", "Russian", "", ""), null, demonym)).Should().Be("demonym");
        GeoErrorBreakdown.Summary([new GeoMiss("FP", "Russian", "", "") { Cause = "demonym" }]).Should().Contain(l => l.Contains("demonym") && l.Contains("Russian"));
    }
}

public class CountyListTests
{
    [Theory]
    [InlineData("in Clarke and Oconee counties.", "Clarke", "County")]
    [InlineData("in Clarke and Oconee counties.", "Oconee", "County")]
    [InlineData("Becker, Clay, Otter Tail, and Wilkin counties:", "Clay", "County")]
    [InlineData("Avoyelles and Rapides parishes", "Avoyelles", "Parish")]
    public void Names_listed_before_a_plural_region_word_are_regions(string text, string name, string head)
    {
        CountyList.HeadAfter(text, text.IndexOf(name, StringComparison.Ordinal) + name.Length).Should().Be(head);
    }

    [Theory]
    [InlineData("Clarke said the counties agreed.", "Clarke")]
    [InlineData("in Clarke, the county seat.", "Clarke")]
    public void Other_names_are_not(string text, string name)
    {
        CountyList.HeadAfter(text, text.IndexOf(name, StringComparison.Ordinal) + name.Length).Should().BeNull();
    }
}
