using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A name listed with a country is a country (<see cref="Sitrep.Analyse.Places.CountryListRule"/>).</summary>
public class CountryListTests
{
    private const string TradeStory =
        "The tariffs that have targeted China confirm the plan, said a professor at a university in Houston, Texas.\n\n" +
        "Trade between the United States and China fell in March. China said it would answer.";

    [GazetteerFact]
    public void A_name_listed_with_a_country_is_the_country_in_every_mention()
    {
        var china = PlacesIn(TradeStory).Where(p => p.Text == "China").ToList();
        china.Should().HaveCount(3).And.OnlyContain(p => p.Country == "CN" && p.Kind == "country");
    }

    [GazetteerFact]
    public void A_name_listed_with_a_state_is_not_made_a_country()
    {
        // "China, Maine": a comma before a state is the writer's container, not a list of countries.
        PlacesIn("Police arrested a man in China, Maine, on Friday after a chase through Augusta.")
            .Where(p => p.Text == "China").Should().OnlyContain(p => p.Country == "US");
    }

    [GazetteerFact]
    public void A_name_listed_with_a_state_that_can_be_a_state_is_the_state()
    {
        var places = PlacesIn("Firms are moving from western states such as Oregon and Washington because of high housing costs.");
        places.Where(p => p.Text == "Washington").Should().NotBeEmpty().And.OnlyContain(p => p.Kind == "admin" && p.Lon < -115);
    }
}
