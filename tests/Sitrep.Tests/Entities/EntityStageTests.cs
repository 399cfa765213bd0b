using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Tests.Entities;

public class EntityStageTests
{
    private static readonly EntityStage Stage = new();

    private static List<Mention> Detect(string text) => Stage.Detect(text);

    [Fact]
    public void Every_alias_of_Islamic_State_is_one_entity()
    {
        var text = "ISIS fighters fled. The Islamic State lost ground, ISIL said. Daesh militants regrouped and IS claimed the attack. " +
                   "The so-called Islamic State of Iraq and the Levant is also called ИГИЛ.";
        var isis = Detect(text).Where(m => m.Kb == "sitrep:isis").ToList();
        isis.Select(m => m.Text).Should().Contain(["ISIS", "Islamic State", "ISIL", "Daesh", "IS", "ИГИЛ"]);
        isis.Select(m => m.Canonical).Distinct().Should().Equal("Islamic State");
        isis.Should().OnlyContain(m => m.Type == "GROUP");
    }

    [Fact]
    public void A_capitalised_epithet_before_a_known_actor_is_no_part_of_its_name()
    {
        var m = Detect("The Takfiri ISIL group claimed the attack on the checkpoint.");
        m.Should().Contain(x => x.Text == "ISIL" && x.Kb == "sitrep:isis");
        m.Should().NotContain(x => x.Text.Contains("Takfiri"));
    }

    [Fact]
    public void A_page_stripped_of_apostrophes_still_names_the_possessor()
    {
        var filler = string.Concat(Enumerable.Repeat("Shelling went on in the eastern districts through the night and the roads stayed closed to aid convoys. ", 5));
        var stripped = "Syrias opposition blamed Bashar Assads forces for the attack on the town. " + filler;
        var m = Detect(stripped);
        m.Should().Contain(x => x.Canonical == "Syria" && x.Type == "GPE");
        m.Should().Contain(x => x.Canonical == "Bashar al-Assad" && x.Type == "PERSON");
        // A page that writes its possessives ("the town's") is read as written: "Americas" stays the Americas.
        var written = "Bashar Assads forces met in the Americas, and the town's roads, the envoy said, stayed closed. " + filler.Replace(" and ", ", and ");
        Detect(written).Should().NotContain(x => x.Canonical == "Bashar al-Assad" || x.Canonical == "America");
    }

    [Fact]
    public void A_name_after_town_of_is_a_place_even_when_it_says_something()
    {
        var m = Detect("An official in the Turkish town of Suruc said that 700 people had crossed the border.");
        m.Should().Contain(x => x.Text == "Suruc" && x.Type == "GPE");
        Detect("Shells hit the village of Jubata al-Khashab on Sunday.").Should().Contain(x => x.Text == "Jubata al-Khashab" && x.Type == "GPE");
        Detect("Crowds gathered in the District of Columbia on Sunday.").Should().NotContain(x => x.Text == "Columbia" && x.Type == "GPE" && x.Span.Start > 30);
    }

    [Fact]
    public void A_Levantine_toponym_head_opens_a_place_the_gazetteer_does_not_know()
    {
        var m = Detect("Shells hit Bab al-Nairab and Khan Touman on Monday, and fighting raged in Tel Hamis.");
        m.Should().Contain(x => x.Text == "Bab al-Nairab" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Khan Touman" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Tel Hamis" && x.Type == "GPE");
        // A list without commas is two places, the gazetteer's own names where it knows them.
        var list = Detect("Rebels took Kafr Takharim Khan Sheikhun on Sunday.");
        list.Should().Contain(x => x.Text == "Kafr Takharim" && x.Type == "GPE" && x.FromGazetteer);
        list.Should().Contain(x => x.Text == "Khan Sheikhun" && x.Type == "GPE" && x.FromGazetteer);
        // "Tal" alone is a town in India: after "town of" the whole name is the place.
        Detect("Shells hit the town of Tal Hamis on Sunday.").Should().Contain(x => x.Text == "Tal Hamis" && x.Type == "GPE")
            .And.NotContain(x => x.Text == "Tal");
        Detect("Jets targeted the town of Abu al-Duhur on Sunday.").Should().Contain(x => x.Text == "Abu al-Duhur" && x.Type == "GPE")
            .And.NotContain(x => x.Text == "Abu");
        Detect("Kurdish Forces Kill 16 ISIL Terrorists in Syria").Should().NotContain(x => x.Text == "Kill");
        // A head that is also a given name needs an article or a preposition of place.
        Detect("Tal Becker, an Israeli lawyer, said the talks failed.").Should().Contain(x => x.Text == "Tal Becker" && x.Type == "PERSON");
    }

    [Fact]
    public void A_given_name_and_a_feature_word_after_a_person_cue_are_a_person()
    {
        Detect("The strikes prompted outrage from UNICEF director Anthony Lake on Thursday.").Should().Contain(x => x.Text == "Anthony Lake" && x.Type == "PERSON");
        Detect("Fishermen said the boats crossed Star Lake on Thursday.").Should().Contain(x => x.Text == "Star Lake" && x.Type == "LOC");
    }

    [Fact]
    public void A_long_name_in_capitals_is_found_in_the_knowledge_base()
    {
        var m = Detect("UNICEF said 40 children had been killed, and CENTCOM said it was looking into the reports.");
        m.Should().Contain(x => x.Text == "UNICEF" && x.Kb == "sitrep:unicef");
        m.Should().Contain(x => x.Text == "CENTCOM" && x.Type != "PERSON" && x.Kb != null);
    }

    [Fact]
    public void Every_alias_of_al_Nusra_is_one_entity()
    {
        var text = "Jabhat al-Nusra attacked. The al-Nusra Front, now Jabhat Fateh al-Sham, denied it. Nusra Front fighters withdrew.";
        var nusra = Detect(text).Where(m => m.Kb == "sitrep:nusra").ToList();
        nusra.Should().HaveCount(4);
        nusra.Select(m => m.Canonical).Distinct().Should().Equal("Jabhat al-Nusra");
    }

    [Fact]
    public void Lowercase_is_and_us_are_not_actors()
    {
        Detect("This is what they told us about it.").Should().NotContain(m => m.Kb == "sitrep:isis");
    }

    [Fact]
    public void Lavrov_surname_and_role_corefer_with_the_full_name()
    {
        var text = "Russian Foreign Minister Sergey Lavrov met his counterpart in Moscow.\n\n" +
                   "Lavrov said the talks were useful. Later the Russian Foreign Minister added that no deal was near.";
        var lavrov = Detect(text).Where(m => m.Kb == "sitrep:lavrov").ToList();
        lavrov.Select(m => m.Text).Should().Contain(["Sergey Lavrov", "Lavrov", "Russian Foreign Minister"]);
        lavrov.Should().OnlyContain(m => m.Canonical == "Sergey Lavrov" && m.Type == "PERSON");
    }

    [Fact]
    public void A_surname_corefers_with_an_unknown_full_name()
    {
        var text = "Spokesman Ahmed Haddad spoke to reporters on Monday. Haddad said the road was open.";
        var mentions = Detect(text).Where(m => m.Type == "PERSON").ToList();
        mentions.Select(m => m.Text).Should().Contain("Haddad");
        mentions.Should().OnlyContain(m => m.Canonical == "Ahmed Haddad");
    }

    [Fact]
    public void Aleppo_University_is_a_facility_not_the_city()
    {
        var mentions = Detect("Students gathered at Aleppo University on Sunday.");
        mentions.Should().Contain(m => m.Text == "Aleppo University" && m.Type == "FAC");
        mentions.Should().NotContain(m => m.Text == "Aleppo University" && m.Type == "GPE");
    }

    [Fact]
    public void Palmyra_inside_a_group_name_is_a_group()
    {
        var mentions = Detect("Fighters of the Palmyra Front shelled the road.");
        mentions.Should().Contain(m => m.Text == "Palmyra Front" && m.Type == "GROUP");
    }

    [Fact]
    public void Organisation_heads_type_unknown_names()
    {
        var mentions = Detect("A statement by the Homs Provincial Council and the Tiger Brigade followed.");
        mentions.Should().Contain(m => m.Text == "Homs Provincial Council" && m.Type == "ORG");
        mentions.Should().Contain(m => m.Text == "Tiger Brigade" && m.Type == "GROUP");
    }

    [Fact]
    public void Sentence_initial_function_words_are_not_names()
    {
        Detect("However, the convoy left. Meanwhile nothing happened.").Should().BeEmpty();
    }

    [Fact]
    public void The_stage_fills_the_entities_layer()
    {
        var doc = new Document { Id = "x", Source = new SourceInfo(null, null, "text"), Body = "The Syrian Arab Army (SAA) entered Palmyra." };
        var result = new PlaceStage().Apply(Stage.Apply(doc));
        result.Entities.Should().Contain(e => e.Text == "SAA" && e.Canonical == "Syrian Arab Army" && e.Kb == "sitrep:saa");
        result.Places.Should().ContainSingle(p => p.Text == "Palmyra").Which.Country.Should().Be("SY");
    }
}
