using Sitrep.Analyse.Entities;

using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>Words that name a body, a party or an ordinary thing, not the town GeoNames lists by that word.</summary>
public class FalsePlaceRuleTests
{
    private static readonly EntityStage Stage = new();

    [GazetteerFact]
    public void A_word_after_of_inside_a_name_is_not_a_loose_spelling_of_a_place()
    {
        var places = PlacesIn("The walk raises money for the March of Dimes, which funds research. Volunteers met in Hopkins Park.");
        places.Should().NotContain(p => p.Text == "Dimes");
        // The same word with no name before "of" is still read by its loose key: the curated spelling "Damas" stays Damascus.
        PlacesIn("Shelling hit the outskirts of Damas on Monday, the monitor said.").Should().Contain(p => p.Text == "Damas" && p.Name == "Damascus");
    }

    [GazetteerFact]
    public void A_party_word_before_a_government_is_the_party_and_after_a_town_comma_the_town()
    {
        PlacesIn("Business leaders criticised the Liberal government and its budget, said the Conservative leader.")
            .Should().NotContain(p => p.Text == "Liberal" || p.Text == "Conservative");
        PlacesIn("The plant in Liberal, Kan., will close in May, the company said in Wichita.").Should().Contain(p => p.Text == "Liberal");
    }

    [GazetteerFact]
    public void United_Russia_is_the_party_not_the_country()
    {
        var text = "Senior United Russia officials accused the mayor of disloyalty. Russia's regions vote in March.";
        PlacesIn(text).Where(p => p.Text == "Russia").Should().ContainSingle();
        Stage.Detect(text).Should().Contain(m => m.Text == "United Russia" && m.Type == "ORG");
    }

    [GazetteerFact]
    public void Metro_alone_is_a_metropolitan_government_not_a_town()
    {
        PlacesIn("The crash was reported to Metro 911 and Metro police closed the road in Nashville.")
            .Should().NotContain(p => p.Text == "Metro").And.Contain(p => p.Text == "Nashville");
    }
}

/// <summary>A surname alone is the person a longer mention named with a given name, even when that mention was read as a body.</summary>
public class EmbeddedPersonSurnameTests
{
    private static readonly EntityStage Stage = new();

    [GazetteerFact]
    public void A_surname_after_a_titled_name_read_as_a_body_is_the_person()
    {
        var text = "The filing was late, said Public Service Commissioner Lauren McDonald. The ethics commission said McDonald amended his filings.";
        PlacesIn(text).Should().NotContain(p => p.Text == "McDonald");
        Stage.Detect(text).Where(m => m.Text == "McDonald").Should().OnlyContain(m => m.Type == "PERSON");
    }

    [GazetteerFact]
    public void A_surname_after_a_person_of_a_firm_is_the_person_not_a_town()
    {
        var text = "The outlet plan was drawn up by Craig Kaser of Terremark Partners. Analyst Richard Tunstall worked with Kaser on the plan in Cleveland.";
        var places = PlacesIn(text);
        places.Should().NotContain(p => p.Text == "Kaser");
        places.Should().Contain(p => p.Text == "Cleveland");
    }
}

/// <summary>A name the story follows with what only a person's name takes is that person everywhere in the story.</summary>
public class NamesakeTests
{
    [GazetteerFact]
    public void A_name_before_impersonator_is_the_person_in_the_whole_story_unless_cued_as_a_place()
    {
        var text = "The author brought a Lincoln impersonator to the talk in Richmond, Ky. Lincoln visited the forts in 1864, "
                 + "and Lincoln kept every letter. The tour ends in Lincoln, Neb., next week.";
        var lincolns = PlacesIn(text).Where(p => p.Text == "Lincoln").ToList();
        lincolns.Should().ContainSingle("only the cued mention, 'in Lincoln, Neb.', is the town");
    }

    [GazetteerFact]
    public void Without_a_person_only_word_the_town_stays_a_town()
    {
        PlacesIn("Lincoln police closed the road. Lincoln officials said the bridge would reopen.")
            .Should().Contain(p => p.Text == "Lincoln");
    }
}

/// <summary>Courts and services named by ordinary words are not the towns those words also name.</summary>
public class CourtAndServiceWordTests
{
    [GazetteerFact]
    public void Superior_before_Court_is_the_court_and_Superior_Wisconsin_stays_a_town()
    {
        PlacesIn("The motion was denied by Superior Court Judge Ann Hale, and the Clerk of Superior Court filed it.")
            .Should().NotContain(p => p.Text == "Superior");
        PlacesIn("The ore ships left Duluth and Superior, Wis., on Monday.").Should().Contain(p => p.Text == "Superior");
    }

    [GazetteerFact]
    public void Marines_are_the_service_not_a_town()
    {
        PlacesIn("Two Marines held the flag over the casket in Columbus as Marines came from far away.")
            .Should().NotContain(p => p.Text == "Marines").And.Contain(p => p.Text == "Columbus");
    }
}
