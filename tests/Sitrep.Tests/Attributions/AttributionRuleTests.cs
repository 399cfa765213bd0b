using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Entities;
using Sitrep.Documents;

using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// One test per named rule of the attribution reader added for the PolNeAR misses: where a content starts and ends,
/// which words are cues, and which phrase is the source. Every sentence is synthetic, written in the style of the
/// seeds and of political news; none is copied from PolNeAR.
/// </summary>
public class AttributionRuleTests
{
    [Fact]
    public void A_quotation_right_before_the_speaker_is_the_content_however_long_the_circumstance_after_the_verb()
    {
        var body = "“We will not leave Aleppo to the militants,” Lavrov said on Monday after the ministry announced it was sending more advisers to the city and the talks in Geneva had stalled again.";
        var a = ByCue(body, "said");
        a.Content.Of(body).Should().Be("“We will not leave Aleppo to the militants,”");
        a.Source.Of(body).Should().Be("Lavrov");
    }

    [Fact]
    public void A_speaker_with_an_apposition_holding_commas_after_a_quotation_is_the_name()
    {
        var body = "“The convoys will not solve this crisis,” Anne Haddad, deputy minister for relief, refugees, and reconstruction, said on the same call.";
        var a = ByCue(body, "said");
        a.Source.Of(body).Should().Be("Anne Haddad");
        a.Content.Of(body).Should().Be("“The convoys will not solve this crisis,”");
    }

    [Fact]
    public void A_stray_comma_between_the_speaker_and_the_verb_keeps_the_speaker()
    {
        var body = "Committee member Jack Hamdan (Homs), said after a lunch on Tuesday that he had not read the plan.";
        var a = ByCue(body, "said");
        a.Source.Of(body).Should().StartWith("Committee member Jack Hamdan");
        a.Content.Of(body).Should().Be("that he had not read the plan");
        var participle = "Mr. Hamdan, recalling his weekly talks with the envoy, described the plan as a trap.";
        AttributionsOf(participle).Should().NotContain(x => x.Cue.Of(participle) == "recalling");
    }

    [Fact]
    public void A_second_verb_of_saying_after_but_ends_the_first_content()
    {
        var body = "Hamdan said in politics it takes time to build trust but added, “I strongly support the envoy.”";
        ByCue(body, "said").Content.Of(body).Should().Be("in politics it takes time to build trust");
        ByCue(body, "added").Content.Of(body).Should().Be("“I strongly support the envoy.”");
    }

    [Theory]
    [InlineData("Regime planes fired rockets on several parts of Douma said Rami Abdel Rahman director of the Syrian Observatory for Human Rights.", "Regime planes fired rockets on several parts of Douma")]
    [InlineData("The road is the main supply route to western Aleppo said observatory head Rami Abdel Rahman.", "The road is the main supply route to western Aleppo")]
    [InlineData("There are very few vegetables because the road is closed said Rami Abdel Rahman a vendor in the old market.", "There are very few vegetables because the road is closed")]
    public void A_page_without_commas_still_has_its_speaker_after_the_verb(string body, string content)
    {
        var a = ByCue(body, "said");
        a.Content.Of(body).Should().Be(content);
        a.Source.Of(body).Should().Contain("Rami Abdel Rahman");
        var group = "Shells hit a mosque in the old city said a monitoring group.";
        ByCue(group, "said").Source.Of(group).Should().Be("a monitoring group");
        var ordinary = "Officials in the town said Hillary Clinton was ahead.";
        ByCue(ordinary, "said").Content.Of(ordinary).Should().Be("Hillary Clinton was ahead");
    }

    [Theory]
    [InlineData("According to the SANA news agency the incident took place in the Al Midan district and may be a terrorist attack.", "the SANA news agency", "the incident took place")]
    [InlineData("According to the Observatory at least 112 civilians including 33 children have been killed in Aleppo since Sunday.", "the Observatory", "at least 112 civilians")]
    [InlineData("According to Rami Abdul Rahman the head of the rights group which tracks the war the toll rose to 40 in the town.", "Rami Abdul Rahman the head of the rights group which tracks the war", "the toll rose to 40")]
    [InlineData("According to the British-based organisation it is feared the death toll will rise because of the serious injuries.", "the British-based organisation", "it is feared")]
    public void An_according_to_source_without_a_comma_ends_where_the_claim_starts(string body, string source, string contentStart)
    {
        var a = ByCue(body, "According to");
        a.Source.Of(body).Should().Be(source);
        a.Content.Of(body).Should().StartWith(contentStart);
        // A capital opens a sentence that a page without stops ran into the one before.
        var runOn = "Sputnik Years of Living Next to Daesh According to the ANF News media outlet 12 Daesh members were killed by the SDF near the dam.";
        ByCue(runOn, "According to").Content.Of(runOn).Should().StartWith("12 Daesh members were killed");
        // So does one after a dateline's closing bracket: the dateline is no claim.
        var dateline = "MOSCOW (Sputnik) According to the Sana news agency the coalitions strikes hit the city of Al Bukamal killing five civilians.";
        var afterDateline = ByCue(dateline, "According to");
        afterDateline.Source.Of(dateline).Should().Be("the Sana news agency");
        afterDateline.Content.Of(dateline).Should().StartWith("the coalitions strikes hit");
        var reports = "According to reports the Coalitions airstrikes resulted in the destruction of al-Shihan Bridge near the town.";
        ByCue(reports, "According to").Source.Of(reports).Should().Be("reports");
        var punctuated = "According to a report by the Syrian Network for Human Rights published on Wednesday, the strikes killed 649 people.";
        ByCue(punctuated, "According to").Source.Of(punctuated).Should().Be("a report by the Syrian Network for Human Rights published on Wednesday");
    }

    [Theory]
    [InlineData("The terrorist attacks, according to the source, claimed the lives of two civilians and injured five others.")]
    [InlineData("The terrorist attacks according to the source claimed the lives of two civilians and injured five others.")]
    public void A_source_inside_a_clause_leaves_the_claim_its_subject(string body)
    {
        var a = ByCue(body, "according to");
        a.Source.Of(body).Should().Be("the source");
        a.Content.Of(body).Should().StartWith("The terrorist attacks").And.EndWith("injured five others");
    }

    [Fact]
    public void A_fronted_place_or_a_contracted_be_is_no_subject_around_the_source()
    {
        var fronted = "In Aleppo, according to SANA, the army took the town after heavy fighting.";
        ByCue(fronted, "according to").Content.Of(fronted).Should().Be("the army took the town after heavy fighting");
        var thats = "That’s according to fundraising reports through Jan. 31 that the campaign is filing on Saturday.";
        ByCue(thats, "according to").Content.Of(thats).Should().Be("That’s");
    }

    [Theory]
    [InlineData("Thus according to the bulletin Jabhat al-Nusra terrorists executed 40 gunmen and members of their families.", "the bulletin", "Jabhat al-Nusra terrorists executed")]
    [InlineData("Thus according to the information provided by the Observatory director Rami Abdel Rahman the bus was carrying pilgrims from Lebanon.", "the information provided by the Observatory director Rami Abdel Rahman", "the bus was carrying")]
    public void A_connective_opens_the_sentence_and_a_name_with_its_verb_starts_the_claim(string body, string source, string contentStart)
    {
        var a = ByCue(body, "according to");
        a.Source.Of(body).Should().Be(source);
        a.Content.Of(body).Should().StartWith(contentStart);
    }

    [Theory]
    [InlineData("Syria Civil Defence workers who went to the site said that they suspected the gas was chlorine.", "Syria Civil Defence workers who went to the site")]
    [InlineData("Officials who asked not to be named said the convoy was hit.", "Officials who asked not to be named")]
    [InlineData("A Mexican official who was not authorized to speak publicly said the deal was off.", "A Mexican official who was not authorized to speak")]
    public void A_relative_clause_without_commas_belongs_to_the_source_before_it(string body, string source)
    {
        var a = AttributionsOf(body).Should().ContainSingle().Subject;
        a.Source.Of(body).Should().Be(source);
        a.Cue.Of(body).Should().Be("said");
    }

    [Theory]
    [InlineData("Air strikes on a market in Idlib killed 24 people a monitor said a day after Russia and the US agreed a truce.", "Air strikes on a market in Idlib killed 24 people")]
    [InlineData("Two fighters were killed in the clashes the Observatory added without giving details.", "Two fighters were killed in the clashes")]
    public void A_circumstance_after_the_cue_on_a_page_without_commas_leaves_the_claim_before(string body, string content)
    {
        AttributionsOf(body).Should().Contain(a => a.Content.Of(body) == content);
        const string said = "He said a day after the vote that the result was rigged.";
        ByCue(said, "said").Content.Of(said).Should().Be("that the result was rigged");
    }

    [Fact]
    public void On_opens_what_was_said_unless_a_time_or_a_setting_follows()
    {
        const string body = "It would satisfy President Trump, who has insisted on a safe zone to protect civilians, even if it is not named as such.";
        ByCue(body, "insisted").Content.Of(body).Should().Be("a safe zone to protect civilians");
        const string said = "The minister said on Monday, the talks had failed.";
        ByCue(said, "said").Content.Of(said).Should().Be("the talks had failed");
        // Any verb: "on" opens a circumstance only before a time or a setting.
        const string warned = "The UN has long warned on the growing risk of famine in the east, even as donors cut aid.";
        ByCue(warned, "warned").Content.Of(warned).Should().Be("the growing risk of famine in the east");
        const string show = "The minister said on his radio show, the deal with Turkey was dead.";
        ByCue(show, "said").Content.Of(show).Should().Be("the deal with Turkey was dead");
    }

    [Theory]
    [InlineData("The regime on July 22 announced a ceasefire with rebels in the besieged area.")]
    [InlineData("The regime on 22 July announced a ceasefire with rebels in the besieged area.")]
    public void A_date_between_the_subject_and_its_verb_is_not_the_source(string body) =>
        ByCue(body, "announced").Source.Of(body).Should().Be("The regime");

    [Fact]
    public void A_role_closing_a_sentence_without_commas_is_the_speaker()
    {
        var body = "Barrels fell on the town containing toxic gases said the spokesman.";
        var a = ByCue(body, "said");
        a.Source.Of(body).Should().Be("the spokesman");
        a.Content.Of(body).Should().Be("Barrels fell on the town containing toxic gases");
        var relative = "At least 20 militants were killed in the failed attack said the statement which did not provide any details.";
        var r = ByCue(relative, "said");
        r.Source.Of(relative).Should().Be("the statement");
        r.Content.Of(relative).Should().Be("At least 20 militants were killed in the failed attack");
        // A capital "The" after the name opens the next sentence of a page without stops.
        var runOn = "\"The death toll could rise\" said Observatory director Rami Abdel Rahman The displaced people fled to the camps.";
        ByCue(runOn, "said").Source.Of(runOn).Should().Be("Observatory director Rami Abdel Rahman");
    }

    [Theory]
    [InlineData("The attack is believed to be among the deadliest in the city for years.", "is believed", "The attack is believed to be among the deadliest in the city for years")]
    [InlineData("The death toll is expected to rise, the agency added.", "is expected", "The death toll is expected to rise")]
    [InlineData("Russia and Iran are moving toward a swap whereby Iran is expected to supply fuel.", "is expected", "Iran is expected to supply fuel")]
    public void A_passive_with_an_infinitive_names_no_one_and_keeps_its_subject_in_the_content(string body, string cue, string content)
    {
        var a = ByCue(body, cue);
        a.Source.IsEmpty.Should().BeTrue();
        a.Content.Of(body).Should().Be(content);
    }

    [Fact]
    public void A_speaker_before_a_that_clause_keeps_the_clause_after_the_verb()
    {
        var body = "“It is over,” the envoy said that evening, and the talks ended.";
        AttributionsOf(body).Should().Contain(a => a.Cue.Of(body) == "said");
        var split = "Asked about the convoy, “We saw nothing,” he said that the drones had seen nothing either.";
        ByCue(split, "said").Content.Of(split).Should().StartWith("that the drones");
    }

    [Theory]
    [InlineData("The senator lashed out at the Pentagon over the delays in Idlib.", "lashed out at", "the Pentagon over the delays in Idlib")]
    [InlineData("The governor hailed the ceasefire agreement.", "hailed", "the ceasefire agreement")]
    [InlineData("The minister downplayed the risk of a wider war.", "downplayed", "the risk of a wider war")]
    public void General_reporting_and_stance_verbs_are_cues(string body, string cue, string content) =>
        ByCue(body, cue).Content.Of(body).Should().Be(content);

    [Fact]
    public void An_elision_before_a_digit_does_not_swallow_the_closing_quotation_mark()
    {
        var body = "\"I have worked for peace in this region since the '90s,\" he said. \"We will keep at it.\"";
        var a = ByCue(body, "said");
        a.Content.Of(body).Should().StartWith("\"I have worked for peace");
        a.Source.Of(body).Should().Be("he");
    }

    [Fact]
    public void Time_words_between_subject_and_verb_are_skipped()
    {
        var body = "Defence Minister Sergei Shoigu last week said the convoys would resume through the Castello road.";
        ByCue(body, "said").Source.Of(body).Should().Be("Defence Minister Sergei Shoigu");
        var earlier = "The ministry earlier this month warned that the truce was failing.";
        ByCue(earlier, "warned").Source.Of(earlier).Should().Be("The ministry");
    }

    [Fact]
    public void A_question_put_to_an_unnamed_asker_is_an_attribution_without_source()
    {
        var body = "Asked whether Moscow would send more troops to Latakia, the spokesman declined to comment.";
        var a = ByCue(body, "Asked");
        a.Content.Of(body).Should().Be("whether Moscow would send more troops to Latakia");
        a.Source.IsEmpty.Should().BeTrue();
        var when = "When asked about the convoy, he shrugged.";
        ByCue(when, "asked about").Content.Of(when).Should().Be("the convoy");
    }

    [Fact]
    public void A_negated_auxiliary_and_a_contracted_pronoun_keep_the_subject()
    {
        var body = "The envoy doesn't expect a deal before the spring.";
        ByCue(body, "expect").Source.Of(body).Should().Be("The envoy");
        var hoping = "She's hoping the talks in Astana will open the road to Idlib.";
        ByCue(hoping, "hoping").Source.Of(hoping).Should().Be("She's");
    }

    [Fact]
    public void A_promise_with_an_infinitive_is_reported()
    {
        var body = "The governor promised to reopen the crossing at Bab al-Hawa.";
        ByCue(body, "promised").Content.Of(body).Should().Be("to reopen the crossing at Bab al-Hawa");
    }

    [Fact]
    public void A_quotation_split_by_its_cue_and_a_short_circumstance_is_one_content()
    {
        var body = "“We will hold the line,” the commander told state television on Monday, “and the corridor stays open.”";
        var a = ByCue(body, "told");
        a.Content.Of(body).Should().StartWith("“We will hold the line,”").And.EndWith("the corridor stays open.”");
    }

    [Fact]
    public void A_title_after_a_hyphen_keeps_its_dot_inside_the_content()
    {
        var body = "The analyst argued that then-Sen. Kerry was closer to the Kremlin line than his aides admitted in public.";
        ByCue(body, "argued").Content.Of(body).Should().EndWith("admitted in public");
    }

    [Fact]
    public void A_relative_clause_after_a_comma_is_the_writers_not_the_claim()
    {
        var body = "The ministry said it had cancelled the briefing, which had been planned since the summer.";
        ByCue(body, "said").Content.Of(body).Should().Be("it had cancelled the briefing");
    }

    [Fact]
    public void A_verb_an_imperative_or_an_opener_is_never_a_source()
    {
        foreach (var body in new[]
        {
            "The foregoing is an indication that helps explain the decision-making process with regard to Syria.",
            "As discussed further down in this post, the deal matters.",
            "Read the full post and see the photos of the monastery here.",
        })
            AttributionsOf(body).Should().NotContain(a => !a.Source.IsEmpty && (a.Source.Of(body) == "helps" || a.Source.Of(body) == "As" || a.Source.Of(body) == "Read"));
    }

    [Fact]
    public void A_subject_with_a_prepositional_phrase_is_the_body_not_the_place()
    {
        var body = "The Russian ceasefire monitoring center in Syria said the rebels had shelled the corridor.";
        var a = ByCue(body, "said");
        a.Source.Of(body).Should().Contain("center");
        a.SourceCanonical.Should().NotBe("Syria");
    }

    [Fact]
    public void Named_examples_after_such_as_are_the_source()
    {
        var body = "Many officials overseeing the political process, such as Lavrov and Mikhail Bogdanov, believe that talks must continue.";
        // The two named officials are two speakers of the same claim (CoordinatedSpeakers).
        AttributionsOf(body).Where(a => a.Cue.Of(body) == "believe").Select(a => a.Source.Of(body)).Should().Equal("Lavrov", "Mikhail Bogdanov");
    }

    [Fact]
    public void A_title_case_headline_verb_is_a_cue()
    {
        var body = "Lavrov Says Truce In Aleppo Is Holding\n\nThe Russian foreign minister spoke in Moscow.";
        var a = ByCue(body, "Says");
        a.Source.Of(body).Should().Be("Lavrov");
        a.Content.Of(body).Should().Be("Truce In Aleppo Is Holding");
        var sentence = "Lavrov Says the truce is holding.";
        AttributionsOf(sentence).Should().NotContain(x => x.Cue.Of(sentence) == "Says");
    }

    [Fact]
    public void A_comma_and_a_pronoun_start_the_writers_next_clause()
    {
        var body = "The monitors said the shelling had stopped by noon, and they left the town an hour later.";
        ByCue(body, "said").Content.Of(body).Should().Be("the shelling had stopped by noon");
    }
}
