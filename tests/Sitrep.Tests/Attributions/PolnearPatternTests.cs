using Sitrep.Tests.Places;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Entities;
using Sitrep.Documents;

using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// The attribution patterns PolNeAR annotates beyond "X said": desires and beliefs with a plain object, appraisals
/// ("seemed to"), poll and view frames ("In a Fox poll, …"), reporting nouns, and where a content ends. Each sentence is
/// synthetic, written in the style of the seeds.
/// </summary>
public class PolnearPatternTests
{
    [Fact]
    public void A_participle_with_its_agent_is_passive_not_a_cue()
    {
        var body = "Last Tuesday, the Syrian military backed by the Russian air force broke the siege of Deir ez-Zor.";
        AttributionsOf(body).Should().NotContain(a => a.Cue.Of(body) == "backed");
        var endorsed = "The Syrian military backed the plan to retake Deir ez-Zor.";
        AttributionsOf(endorsed).Should().Contain(a => a.Cue.Of(endorsed) == "backed");
    }

    [Fact]
    public void An_opening_adverb_is_no_part_of_the_source_and_we_is_not_the_nearest_body()
    {
        var body = "As Nikolai Pakhomov writes, the pending sale of S-400 systems to Turkey marks a shift.";
        ByCue(body, "writes").SourceCanonical.Should().Be("Nikolai Pakhomov");
        var we = "We visited the Sretenskii Monastery in Moscow. We found that only the basement chapel was open.";
        ByCue(we, "found").SourceCanonical.Should().BeNull();
    }

    [GazetteerFact]
    public void They_is_the_state_or_body_before_it_not_the_town()
    {
        var body = "For the Russians Palmyra is a key objective, and they consider their prestige to be bound up with its liberation.";
        var doc = new Document { Id = "t", Source = new SourceInfo(null, null, "text"), Body = body };
        var read = Stage.Apply(new Sitrep.Analyse.Places.PlaceStage().Apply(EntityTagging.Apply(doc)));      // places run before attributions
        read.Attributions.Should().ContainSingle(a => a.Cue.Of(body) == "consider").Which.SourceCanonical.Should().Be("Russia");
    }

    [Fact]
    public void A_desire_with_a_plain_object_is_attributed()
    {
        var body = "The governor wants more money for the border guards in Latakia.";
        var a = ByCue(body, "wants");
        a.Content.Of(body).Should().Be("more money for the border guards in Latakia");
        a.Source.Of(body).Should().Be("The governor");
    }

    [Fact]
    public void A_belief_verb_before_a_preposition_is_not_a_plain_object()
    {
        var body = "The governor thinks about the border every day.";
        AttributionsOf(body).Should().NotContain(a => a.Cue.Of(body) == "thinks");
    }

    [Fact]
    public void Seemed_to_gives_the_whole_clause_without_a_source()
    {
        var body = "After the talks in Astana, the opposition delegation seemed to soften its demands.";
        var a = ByCue(body, "seemed");
        a.Content.Of(body).Should().Be("the opposition delegation seemed to soften its demands");
        a.Source.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Seemed_without_an_infinitive_or_clause_is_not_an_appraisal()
    {
        var body = "The city seemed quiet on Friday morning.";
        AttributionsOf(body).Should().BeEmpty();
    }

    [Fact]
    public void An_opening_poll_frame_attributes_the_clause_after_its_comma()
    {
        var body = "In a new Levada poll, most Russians back the operation in Syria.";
        var a = ByCue(body, "In");
        a.Source.Of(body).Should().Be("a new Levada poll");
        a.Content.Of(body).Should().Be("most Russians back the operation in Syria");
        a.Kind.Should().Be("according_to");
    }

    [Fact]
    public void An_opening_view_frame_attributes_the_clause_after_its_comma()
    {
        var body = "In his view, the ceasefire will not hold beyond the spring.";
        var a = ByCue(body, "In");
        a.Content.Of(body).Should().Be("the ceasefire will not hold beyond the spring");
    }

    [Fact]
    public void A_poll_named_at_length_still_frames_the_clause_after_its_comma()
    {
        var body = "In a national Levada/VTsIOM poll released Monday, most Russians backed the operation in Syria.";
        var a = ByCue(body, "In");
        a.Source.Of(body).Should().Be("a national Levada/VTsIOM poll released Monday");
        a.Content.Of(body).Should().Be("most Russians backed the operation in Syria");
    }

    [Fact]
    public void In_other_words_is_the_writer_restating_not_a_frame()
    {
        var body = "In other words, the ceasefire will not hold beyond the spring.";
        AttributionsOf(body).Should().BeEmpty();
    }

    [Fact]
    public void An_ordinary_opening_circumstance_is_not_a_frame()
    {
        var body = "In the north of the province, fighting continued through the night.";
        AttributionsOf(body).Should().BeEmpty();
    }

    [Fact]
    public void A_second_reporting_clause_after_a_comma_ends_the_first_content()
    {
        var body = "Moscow said the convoy was attacked from the air, the coalition insisted that no aircraft flew there.";
        var list = AttributionsOf(body);
        list.Should().Contain(a => a.Cue.Of(body) == "said" && a.Content.Of(body) == "the convoy was attacked from the air");
        list.Should().Contain(a => a.Cue.Of(body) == "insisted" && a.Source.Of(body) == "the coalition");
    }

    [Fact]
    public void A_plain_plural_source_names_the_speaker()
    {
        var body = "Turkish police say they have detained four suspects in Gaziantep.";
        var a = ByCue(body, "say");
        a.Source.Of(body).Should().Be("Turkish police");
        a.Content.Of(body).Should().Be("they have detained four suspects in Gaziantep");
    }

    [Fact]
    public void The_plural_of_a_role_word_is_a_source()
    {
        var body = "Chinese military commentators have said Beijing plans to expand the base.";
        var a = ByCue(body, "said");
        a.Source.Of(body).Should().Be("Chinese military commentators");
    }

    [Fact]
    public void A_claim_noun_takes_its_that_clause()
    {
        var body = "Officials in Moscow laughed at the claim that its jets struck the hospital in Idlib.";
        var a = ByCue(body, "claim");
        a.Content.Of(body).Should().Be("that its jets struck the hospital in Idlib");
    }

    [Fact]
    public void A_possessive_before_a_reporting_noun_is_its_source()
    {
        var body = "Erdogan's criticism of the Kurdish militias grew sharper after the bombing.";
        var a = ByCue(body, "criticism of");
        a.Source.Of(body).Should().Be("Erdogan's");
        a.Content.Of(body).Should().Be("the Kurdish militias grew sharper");
    }

    [Fact]
    public void A_stance_object_runs_on_over_and_unless_a_verb_follows()
    {
        var body = "The senator supports later curfews and more checkpoints in the city.";
        ByCue(body, "supports").Content.Of(body).Should().Be("later curfews and more checkpoints in the city");
        var other = "The senator endorsed the plan and warned of new attacks.";
        ByCue(other, "endorsed").Content.Of(other).Should().Be("the plan");
    }

    [Fact]
    public void A_relative_clause_on_the_last_name_is_the_writers_background()
    {
        var body = "Residents said they had not heard from Colonel Hassan, who also commands the airport garrison.";
        ByCue(body, "said").Content.Of(body).Should().Be("they had not heard from Colonel Hassan");
    }

    [Fact]
    public void A_direct_quote_after_that_stays_direct()
    {
        var body = "The minister stressed that “such groups should leave the city.”";
        var a = ByCue(body, "stressed");
        a.Content.Of(body).Should().Be("that “such groups should leave the city.”");
        a.Kind.Should().Be("direct");
    }

    [Fact]
    public void A_document_word_inside_a_name_does_not_break_the_issuer_search()
    {
        var body = "The Statement Group said the report was late. The statement said that the convoy had left Aleppo.";
        var act = () => AttributionsOf(body);
        act.Should().NotThrow();
    }

    [Fact]
    public void A_question_verb_skips_its_listener()
    {
        var body = "A reporter asked him if he would meet the Syrian delegation in Geneva.";
        ByCue(body, "asked").Content.Of(body).Should().Be("if he would meet the Syrian delegation in Geneva");
    }

    [Fact]
    public void An_inverted_source_may_open_with_a_lower_case_title()
    {
        var body = "“The corridor will stay open,” said former Ambassador Robert Ford, a critic of the policy.";
        ByCue(body, "said").Source.Of(body).Should().Be("former Ambassador Robert Ford");
    }

    [Fact]
    public void And_with_a_reporting_verb_ends_the_content_before_it()
    {
        var body = "The colonel said the road to Palmyra was clear and they insisted that no civilians died.";
        ByCue(body, "said").Content.Of(body).Should().Be("the road to Palmyra was clear");
        var shared = "The envoy said the talks would resume and added that Moscow agreed.";
        ByCue(shared, "said").Content.Of(shared).Should().Be("the talks would resume");
    }

    [Fact]
    public void An_object_relative_with_its_own_reporting_verb_ends_the_content()
    {
        var body = "Monitors said observers went with the marchers, whom they said were peaceful, along the route.";
        AttributionsOf(body).Should().Contain(a => a.Source.Of(body) == "Monitors" && a.Content.Of(body) == "observers went with the marchers");
    }

    [Fact]
    public void An_opening_to_a_name_is_that_partys_view_but_an_opening_for_is_not()
    {
        var body = "To Erdogan, the Kurdish militias are the greater threat.";
        var a = ByCue(body, "To");
        a.Source.Of(body).Should().Be("Erdogan");
        a.Content.Of(body).Should().Be("the Kurdish militias are the greater threat");
        // "For X," is mostly a beneficiary or a topic ("For Aleppo, the winter will be hard"), not X's view.
        AttributionsOf("For Erdogan, the Kurdish militias are the greater threat.").Should().BeEmpty();
        var time = "For years, the road was closed to traffic.";
        AttributionsOf(time).Should().BeEmpty();
    }

    [Fact]
    public void A_stance_object_keeps_as_and_a_comma_before_a_date()
    {
        var body = "The minister defended his remarks as a warning to the militants.";
        ByCue(body, "defended").Content.Of(body).Should().Be("his remarks as a warning to the militants");
        var dated = "The senator invoked the Sept. 11, 2001, attacks in his speech.";
        // "in his speech" closing the object is a circumstance of the report (rule "trailing circumstance").
        ByCue(dated, "invoked").Content.Of(dated).Should().Be("the Sept. 11, 2001, attacks");
    }

    [Fact]
    public void A_pronoun_after_the_verb_opens_the_content_before_a_later_that()
    {
        var body = "A shopkeeper, 70, said he was convinced that the shelling would resume.";
        ByCue(body, "said").Content.Of(body).Should().Be("he was convinced that the shelling would resume");
    }

    [Fact]
    public void And_with_a_weaker_reporting_verb_also_ends_the_content()
    {
        var body = "The mayor complained that aid had not arrived and questioned why the convoy was stopped.";
        ByCue(body, "complained").Content.Of(body).Should().Be("that aid had not arrived");
    }
}
