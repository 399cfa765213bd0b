using Sitrep.Analyse.Places.Evaluation;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>A state the story names pulls its ambiguous towns and counties, even when the state's name has other readings.</summary>
public class NamedStateTests
{
    [GazetteerFact]
    public void A_state_that_is_also_a_town_s_name_still_pulls_its_county()
    {
        // "Indiana" is also Indiana, Pennsylvania; its likeliest reading, the state, names the story's region.
        var places = PlacesIn("Boone County commissioners met on Monday. The county is among the fastest growing in Indiana, officials said.");
        var county = places.Single(p => p.Text == "Boone County");
        GeoEvaluator.DistanceKm(county.Lat, county.Lon, 40.05, -86.47).Should().BeLessThan(40);
    }
}

public class NamedStateVoteTests
{
    [GazetteerFact]
    public void A_state_that_is_its_name_s_likeliest_reading_votes_as_a_named_state()
    {
        var gazetteer = Sitrep.Knowledge.GazetteerLoader.Default;
        var resolver = new Sitrep.Analyse.Places.PlaceResolver(gazetteer);
        var indiana = new Sitrep.Analyse.Places.PlaceResolver.Candidates("Indiana", gazetteer.Lookup("Indiana").ToArray(), false);
        var boone = new Sitrep.Analyse.Places.PlaceResolver.Candidates("Boone County", gazetteer.Lookup("Boone County").ToArray(), false);
        indiana.Places.Length.Should().BeGreaterThan(1);   // the state and the Pennsylvania town
        var inCounty = boone.Places.Select(i => gazetteer[i]).Single(p => p.Admin1 == "IN");
        var kyCounty = boone.Places.Select(i => gazetteer[i]).Single(p => p.Admin1 == "KY");
        var plain = Sitrep.Analyse.Places.ContextVotes.Count(gazetteer, [indiana, boone], null);
        var named = Sitrep.Analyse.Places.ContextVotes.Count(gazetteer, [indiana, boone], null, resolver.Prior);
        (named.Score(inCounty) - named.Score(kyCounty)).Should().BeGreaterThan(plain.Score(inCounty) - plain.Score(kyCounty) + 0.5);
    }
}

public class NamedStateBonusTests
{
    [GazetteerFact]
    public void A_town_in_a_state_named_outright_gains_however_long_the_story()
    {
        var gazetteer = Sitrep.Knowledge.GazetteerLoader.Default;
        Sitrep.Analyse.Places.PlaceResolver.Candidates Of(string name) => new(name, gazetteer.Lookup(name).ToArray(), false);
        var springfield = Of("Springfield");
        var ohio = springfield.Places.Select(i => gazetteer[i]).First(p => p.Admin1 == "OH");
        var illinois = springfield.Places.Select(i => gazetteer[i]).First(p => p.Admin1 == "IL");
        // Ten unrelated places dilute the share of votes; the state named outright still counts.
        var others = new[] { "Paris", "London", "Berlin", "Madrid", "Rome", "Vienna", "Prague", "Warsaw", "Oslo", "Lisbon" }.Select(Of);
        var votes = Sitrep.Analyse.Places.ContextVotes.Count(gazetteer, [springfield, Of("Ohio"), .. others], null);
        (votes.Score(ohio) - votes.Score(illinois)).Should().BeGreaterThanOrEqualTo(1.5);
    }
}
