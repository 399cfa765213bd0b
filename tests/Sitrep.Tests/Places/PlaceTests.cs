using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Documents;
using Sitrep.Knowledge;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

public class PlaceTests
{
    [GazetteerFact]
    public void Palmyra_in_a_Syria_story_is_Tadmur()
    {
        var places = PlacesIn("The Syrian army retook Palmyra from the Islamic State, advancing from Homs across the desert of Syria.");
        var palmyra = places.Single(p => p.Text == "Palmyra");
        palmyra.Name.Should().Be("Tadmur");
        palmyra.Country.Should().Be("SY");
        palmyra.Lat.Should().BeApproximately(34.56, 0.01);
        palmyra.Lon.Should().BeApproximately(38.28, 0.01);
        palmyra.GeonameId.Should().Be(163808);
    }

    [GazetteerFact]
    public void Palmyra_in_a_New_York_story_is_not_Tadmur()
    {
        var places = PlacesIn("Farmers from Palmyra drove to Rochester, New York, for the fair in Wayne County, New York.");
        places.Single(p => p.Text == "Palmyra").Country.Should().Be("US");
    }

    [Theory]
    [InlineData("Deir ez-Zor")]
    [InlineData("Dayr az Zawr")]
    [InlineData("Deir Ezzor")]
    [InlineData("Deir al-Zour")]
    [InlineData("Дейр-эз-Зор")]
    public void Deir_ez_Zor_spellings_are_one_place(string spelling)
    {
        var places = PlacesIn($"Fighting continued near {spelling} in eastern Syria.");
        var p = places.Single(x => x.Text == spelling);
        p.Country.Should().Be("SY");
        p.Lat.Should().BeApproximately(35.34, 0.05);
        p.Lon.Should().BeApproximately(40.14, 0.05);
    }

    [Fact]
    public void Transliteration_keys_join_arabic_and_russian_spellings()
    {
        NameFolding.Fold("Пальмира").Should().Be("palmira");
        NameKeys.Key(NameFolding.Fold("Пальмира")).Should().Be(NameKeys.Key(NameFolding.Fold("Palmyra")));
        NameKeys.Key(NameFolding.Fold("Ar Raqqah")).Should().Be(NameKeys.Key(NameFolding.Fold("Raqqa")));
        NameKeys.Key(NameFolding.Fold("Dayr az Zawr")).Should().Be(NameKeys.Key(NameFolding.Fold("Deir ez-Zor")));
        NameKeys.Key(NameFolding.Fold("Rick")).Should().NotBe(NameKeys.Key(NameFolding.Fold("Raqqa")));
    }

    [Fact]
    public void Aleppo_University_is_not_pinned_as_the_city_by_its_whole_name()
    {
        var places = PlacesIn("Shells hit Aleppo University in Syria.");
        places.Should().NotContain(p => p.Text == "Aleppo University");
    }

    [Fact]
    public void Khmeimim_spellings_are_the_air_base()
    {
        var places = PlacesIn("Jets took off from Hmeimim airbase near Latakia; the Khmeimim base is Russian.");
        places.Where(p => p.Text.StartsWith("Hmeimim") || p.Text == "Khmeimim").Should().NotBeEmpty()
            .And.OnlyContain(p => p.Name == "Khmeimim Air Base" && p.Country == "SY");
    }

    [Fact]
    public void Region_words_make_admin_places()
    {
        var places = PlacesIn("Clashes erupted in Idlib province and the Aleppo countryside.");
        places.Should().Contain(p => p.Text == "Idlib province" && p.Kind == "admin");
    }
}
