using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// Rule "coordinated cues" (CoordinatedCues.cs): one subject with several reporting predicates gives one attribution per
/// predicate, each with its own content and the same source. Every sentence is synthetic, in the style of the seeds.
/// </summary>
public class CoordinatedCueTests
{
    [Fact]
    public void Three_predicates_joined_by_commas_and_and_give_three_attributions_with_one_source()
    {
        var body = "The governor praised the relief convoy, criticized the delays at the border, and blasted the shelling of the market.";
        ByCue(body, "praised").Content.Of(body).Should().Be("the relief convoy");
        ByCue(body, "criticized").Content.Of(body).Should().Be("the delays at the border");
        ByCue(body, "blasted").Content.Of(body).Should().Be("the shelling of the market");
        ByCue(body, "blasted").Source.Of(body).Should().Be("The governor");
        ByCue(body, "criticized").Source.Of(body).Should().Be("The governor");
    }

    [Fact]
    public void A_second_predicate_after_but_with_an_auxiliary_in_the_same_tense_is_its_own_attribution()
    {
        var body = "The mayor says she will back the ceasefire plan but has criticized the timetable for the withdrawal.";
        ByCue(body, "says").Content.Of(body).Should().Be("she will back the ceasefire plan");
        ByCue(body, "criticized").Content.Of(body).Should().Be("the timetable for the withdrawal");
    }

    [Fact]
    public void A_pronoun_subject_after_and_keeps_the_pronoun_as_the_source()
    {
        var body = "The envoy described the talks as difficult, and he urged both sides to return to Geneva.";
        ByCue(body, "described").Content.Of(body).Should().Be("the talks as difficult");
        ByCue(body, "urged").Source.Of(body).Should().Be("he");
    }

    [Fact]
    public void A_participle_cue_after_a_comma_continues_the_same_speaker()
    {
        var body = "The commander praised the rescue teams in Idlib, touting their work under fire.";
        ByCue(body, "praised").Content.Of(body).Should().Be("the rescue teams in Idlib");
        ByCue(body, "touting").Content.Of(body).Should().Be("their work under fire");
        ByCue(body, "touting").Source.Of(body).Should().Be("The commander");
    }

    [Fact]
    public void A_verb_of_another_form_is_part_of_the_claim_and_does_not_split_it()
    {
        var body = "The minister said the army would defend the city and criticize any foreign plan for it.";
        ByCue(body, "said").Content.Of(body).Should().Be("the army would defend the city and criticize any foreign plan for it");
        AttributionsOf(body).Should().NotContain(a => a.Cue.Of(body) == "criticize");
    }

    [Fact]
    public void A_reduced_relative_after_a_comma_is_not_a_second_predicate()
    {
        var body = "The senator criticized the agreement, signed in Astana last year, as a gift to Moscow.";
        AttributionsOf(body).Should().NotContain(a => a.Cue.Of(body) == "signed");
    }
}
