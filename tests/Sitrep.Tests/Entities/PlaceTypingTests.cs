using Sitrep.Tests.Places;
using Sitrep.Analyse.Entities;

namespace Sitrep.Tests.Entities;

/// <summary>Places the detector found but typed as a person, a body or an unknown name, one synthetic fixture each.</summary>
public class PlaceTypingTests
{
    private static readonly EntityStage Stage = new();

    private static List<Mention> Detect(string text) => Stage.Detect(text);

    [GazetteerFact]
    public void An_office_of_a_country_after_a_portfolio_word_is_no_person()
    {
        var m = Detect("Carlos Vallejos, the Health Minister of Peru, said the ban would stay.");
        m.Should().Contain(x => x.Text == "Peru" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Peru"));
    }

    [GazetteerFact]
    public void A_body_named_after_an_office_and_of_the_keeps_its_country()
    {
        var m = Detect("Speaking to reporters, Executive Director of the Jamaica Cancer Society, Yulit Gordon, outlined the plan.");
        m.Should().Contain(x => x.Text == "Jamaica" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Yulit Gordon" && x.Type == "PERSON");
    }

    [Fact]
    public void No_surname_is_a_continent_or_a_region()
    {
        var m = Detect("The agency said Sub-Saharan Africa had most of the new cases this year.");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Africa"));
        m.Should().Contain(x => x.Text == "Africa");
    }

    [GazetteerFact]
    public void A_word_before_a_place_of_two_words_qualifies_it()
    {
        var m = Detect("Tickets are on sale now, and Epicurean Santa Barbara is about meeting the growers.");
        m.Should().Contain(x => x.Text == "Santa Barbara" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Santa Barbara"));
    }

    [Fact]
    public void A_given_name_and_a_surname_with_a_particle_stay_a_person()
    {
        var m = Detect("The volunteers were thanked, and Raynola St. Clair wants to get the word out.");
        m.Should().Contain(x => x.Type == "PERSON" && x.Text == "Raynola St. Clair");
    }

    [Fact]
    public void A_rank_written_in_lower_case_is_an_adjective_not_a_title()
    {
        var m = Detect("While Washington was a reliable ally, all the major European countries signed the deal.");
        m.Should().Contain(x => x.Text == "European" && x.Type != "PERSON");
        Detect("The order came from Major Jackson on Monday.").Should().Contain(x => x.Text == "Jackson" && x.Type == "PERSON");
    }

    [GazetteerFact]
    public void Demonyms_the_country_table_lacked_point_to_their_country()
    {
        var m = Detect("Fans waved Korean and US flags, and the Philippine Sports Commission praised a Bosnian Serb coach.");
        m.Should().Contain(x => x.Text == "Korean" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Philippine" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Bosnian" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Serb" && x.Type == "GPE");
    }

    [Fact]
    public void A_curated_row_repeating_a_country_adds_its_names_to_that_country()
    {
        var builder = new Sitrep.Knowledge.GazetteerBuilder();
        builder.Add(new Sitrep.Knowledge.PlaceRecord(null, "Ruritania", ["~Ruritanian  Graustarkian"], 45, 15, 'A', "PCLI", "RU", "", 0));
        builder.Add(new Sitrep.Knowledge.PlaceRecord(null, "Ruritania", ["Ruri", "~Ruritan"], 46, 16, 'A', "PCLI", "RU", "", 0, Curated: true));
        var gazetteer = builder.Build();
        gazetteer.Count.Should().Be(1);
        gazetteer.ByFoldedName("ruri").Length.Should().Be(1);
        gazetteer.IsDemonym("ruritan").Should().BeTrue();
        gazetteer.IsDemonym("graustarkian").Should().BeTrue();
        gazetteer[0].Lat.Should().Be(45);
    }

    [GazetteerFact]
    public void An_elided_article_keeps_a_country_name_whole()
    {
        var m = Detect("Cholera spread to Burkina Faso, Cote d'Ivoire and Guinea last year.");
        m.Should().Contain(x => x.Text == "Cote d'Ivoire" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_famous_surname_with_a_cue_of_place_is_the_town()
    {
        var m = Detect("Mills and factories were operating in Clinton during the war, the historical society said.");
        m.Should().Contain(x => x.Text == "Clinton" && x.Type == "GPE");
        Detect("The senator said Clinton had not called him back.").Should().Contain(x => x.Text == "Clinton" && x.Type == "PERSON");
    }

    [Fact]
    public void A_country_whose_letters_read_as_a_title_is_the_country()
    {
        var m = Detect("The trial ran for 28 days in Kinshasa, DR Congo, and in Kenya.");
        m.Should().Contain(x => x.Text == "DR Congo" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Congo"));
    }

    [Fact]
    public void A_former_officeholders_state_is_a_place()
    {
        var m = Detect("Former Arkansas Gov. Mike Huckabee campaigned in Roanoke. The former governor spoke for an hour.");
        m.Should().Contain(x => x.Text == "Arkansas" && x.Type == "GPE");
        m.Should().Contain(x => x.Text == "Mike Huckabee" && x.Type == "PERSON");
    }

    [Fact]
    public void A_compass_word_inside_a_bodys_name_leaves_the_state_a_place()
    {
        var m = Detect("The gift went to the Spina Bifida Association of Western Pennsylvania last year.");
        m.Should().Contain(x => x.Text == "Pennsylvania" && x.Type == "GPE");
        var n = Detect("The North East Texas Regional Water Planning Group meets on Monday.");
        n.Should().Contain(x => x.Text == "Texas" && x.Type == "GPE");
        n.Should().NotContain(x => x.Text == "North East" && x.Type == "GPE");
        Detect("A grant from the West Virginia Division of Highways paid for it.").Should().Contain(x => x.Text == "West Virginia" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_demonym_after_the_inside_a_bodys_name_is_a_place()
    {
        Detect("She works at the Culture Department of the Armenian Embassy in Rome.").Should().Contain(x => x.Text == "Armenian" && x.Type == "GPE");
        Detect("He spoke to the Native American History Council on Monday.").Should().NotContain(x => x.Text == "American" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void Small_joining_words_keep_a_hyphenated_or_spaced_city_whole()
    {
        Detect("Cholera spread to the earthquake ravaged city of Port-au-Prince last week.").Should().Contain(x => x.Text == "Port-au-Prince" && x.Type == "GPE");
        Detect("He spoke at a forum in Dar es Salaam, Tanzania, on Monday.").Should().Contain(x => x.Text == "Dar es Salaam" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_citys_wider_area_inside_a_bodys_name_leaves_the_city_a_place()
    {
        var m = Detect("She is president of United Way of Metropolitan Atlanta, which started the exchange.");
        m.Should().Contain(x => x.Text == "Atlanta" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_big_city_after_of_in_an_unknown_name_is_a_place()
    {
        Detect("The prize was given by the Prime Minister of the UAE and Ruler of Dubai, who spoke first.")
            .Should().Contain(x => x.Text == "Dubai" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_lower_case_prefix_before_a_demonym_leaves_the_demonym()
    {
        Detect("The embassy said it reflected the anti-Russian policy of the government.").Should().Contain(x => x.Text == "Russian" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_country_in_capitals_before_an_office_is_no_common_word()
    {
        var m = Detect("It was a big deal. When US President Donald Trump visited Riyadh, he signed it.");
        m.Should().Contain(x => x.Text == "US" && x.Type == "GPE");
        m.Should().NotContain(x => x.Text == "When");
        Detect("Billions were lost. The US Justice Department says the fund was looted.").Should().Contain(x => x.Text == "US" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_town_owning_a_named_street_or_building_is_the_town()
    {
        Detect("She had a job at a clinic on Augusta's Highland Avenue until March.").Should().Contain(x => x.Text == "Augusta" && x.Type == "GPE");
        Detect("The plane came down short of the runway at Butte's Bert Mooney Airport on Sunday.").Should().Contain(x => x.Text == "Butte" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_town_the_page_repeats_only_at_sentence_starts_is_still_the_town()
    {
        var m = Detect("Gymnastics: Hagerstown advances to state meet. Hagerstown advanced to the state meet for the first time.");
        m.Where(x => x.Text == "Hagerstown").Should().OnlyContain(x => x.Type == "GPE").And.HaveCount(2);
    }

    [GazetteerFact]
    public void A_possessive_inside_a_counties_name_keeps_the_county()
    {
        var m = Detect("The virus was found in wild ducks in Queen Anne's County, Maryland, in August.");
        m.Should().Contain(x => x.Text == "Queen Anne's County" && x.Type == "GPE");
        m.Should().NotContain(x => x.Type == "PERSON");
    }

    [GazetteerFact]
    public void A_town_a_comma_and_its_state_is_the_town_even_opening_a_sentence()
    {
        var m = Detect("The calendar. 19/20 May: Thruxton, Hampshire. 15/16 September: Silverstone, Northamptonshire.");
        m.Should().Contain(x => x.Text == "Thruxton" && x.Type == "GPE");
        Detect("It was a fine speech. Freeland, U.S. Trade Representative Robert Lighthizer and others met.")
            .Should().NotContain(x => x.Text == "Freeland" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_country_whose_name_holds_and_is_one_place()
    {
        var m = Detect("The prime minister said that Trinidad and Tobago failed to attend the meeting.");
        m.Should().Contain(x => x.Text == "Trinidad and Tobago" && x.Type == "GPE");
        Detect("Officials from Texas and Oklahoma met on Monday.").Should().Contain(x => x.Text == "Texas").And.Contain(x => x.Text == "Oklahoma");
    }

    [GazetteerFact]
    public void A_demonym_after_a_role_word_is_no_person()
    {
        Detect("Officials said the deputy Russian foreign minister had spoken with them.").Should().Contain(x => x.Text == "Russian" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void An_office_opening_a_phrase_before_of_the_leaves_the_bodys_country()
    {
        // The cue opens the phrase: the words after "of" are read again, so the body keeps its country.
        Detect("Thanks went to the Director of the Jamaica Cancer Society for the plan.").Should().Contain(x => x.Text == "Jamaica" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_compass_word_inside_a_facilitys_name_is_the_facilitys_own_name()
    {
        Detect("She studied nursing at the University of Southern Indiana in Evansville.").Should().NotContain(x => x.Text == "Indiana" && x.Type == "GPE");
    }

    [Fact]
    public void A_lower_case_rank_before_a_state_is_an_adjective()
    {
        Detect("Storms hit all the major Texas cities on Monday, forecasters said.").Should().Contain(x => x.Text == "Texas" && x.Type == "GPE");
    }

    [GazetteerFact]
    public void A_word_before_a_place_of_two_words_after_a_skipped_opener_is_no_surname()
    {
        Detect("When Epicurean Santa Barbara opens, the growers will come.").Should().NotContain(x => x.Type == "PERSON" && x.Text.Contains("Santa Barbara"));
    }
}
