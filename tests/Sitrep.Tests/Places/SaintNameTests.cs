using Sitrep.Analyse.Places;
using Sitrep.Documents;
using Sitrep.Knowledge;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A word after "St." is a saint's name: the saint's town when there is one, else no place.</summary>
public class SaintNameTests
{
    [GazetteerFact]
    public void After_st_the_word_is_the_saints_town_or_no_place()
    {
        var body = "A fire in St. Paris killed two. Pupils of St. Mary's High School were told.";
        var gazetteer = GazetteerLoader.Default;
        var paris = new EntityMention(new TextSpan(body.IndexOf("Paris"), body.IndexOf("Paris") + 5), "Paris", "GPE", null, null);
        SaintNameRule.Applies(paris, body, gazetteer, out var town).Should().BeTrue();
        town!.Places.Select(i => gazetteer[i].Country).Should().OnlyContain(c => c == "US");
        var mary = new EntityMention(new TextSpan(body.IndexOf("Mary"), body.IndexOf("Mary") + 4), "Mary", "GPE", null, null);
        SaintNameRule.Applies(mary, body, gazetteer, out var none).Should().BeTrue();
        none.Should().BeNull();
        var plain = "Talks in Paris ended.";
        SaintNameRule.Applies(new EntityMention(new TextSpan(9, 14), "Paris", "GPE", null, null), plain, gazetteer, out _).Should().BeFalse();
    }

    [GazetteerFact]
    public void A_saints_name_in_a_schools_name_is_no_place_of_its_own()
    {
        // Read through both stages: detection leaves "St." out, and "Mary" alone is a town in Turkmenistan.
        PlacesIn("Pupils of St. Mary's High School in Dayton were told on Monday.")
            .Should().NotContain(p => p.Text == "Mary").And.Contain(p => p.Text == "Dayton");
    }
}
