using Sitrep.Analyse.Events;

namespace Sitrep.Tests.Events;

/// <summary>Typing by the lexicon on sentences we wrote, one per rule the lexicon's conditions encode.</summary>
public class EventTypingTests
{
    private static string? TypeOf(string s) => EventTyper.Default.Type(s, WordSplitter.Split(s, 0, s.Length))?.Type;

    [Theory]
    [InlineData("Russian warplanes pounded the village of Kashkash, killing six civilians.", "AIR_STRIKE")]
    [InlineData("The convoy was destroyed by the Russian Aerospace Forces on May 25.", "AIR_STRIKE")]
    [InlineData("Rebels fired mortar shells into the old city.", "ART_MISS_ATTACK")]
    [InlineData("A suicide bomber blew himself up at a checkpoint.", "SUIC_BOMB")]
    [InlineData("A roadside bomb hit a police patrol.", "REM_EXPLOS")]
    [InlineData("Militants lobbed a grenade at a police station.", "GRENADE")]
    [InlineData("Government troops recaptured the town from the rebels.", "GOV_REGAINS_TERIT")]
    [InlineData("Taliban militants captured a district in the north.", "NON_STATE_ACTOR_OVERTAKES_TER")]
    [InlineData("Police fired tear gas to disperse the protesters.", "PROTEST_WITH_INTER")]
    [InlineData("Security forces opened fire on peaceful protesters, killing six.", "FORCE_AGAINST_PROTEST")]
    [InlineData("Thousands of people marched through the capital.", "PEACE_PROTEST")]
    [InlineData("Rioters torched cars and threw stones at the police.", "VIOL_DEMONSTR")]
    [InlineData("The two sides agreed a 48-hour ceasefire.", "AGREEMENT")]
    [InlineData("Police seized a cache of rifles and ammunition.", "DISR_WEAP")]
    [InlineData("Russia expelled two US diplomats.", "DIPLOMACY")]
    [InlineData("The Islamic State claimed responsibility for the bombing.", "STATEMENT")]
    [InlineData("The army deployed reinforcements to the border.", "CHANGE_TO_GROUP_ACT")]
    [InlineData("Turkey set up a new observation post in Idlib.", "HQ_ESTABLISHED")]
    public void A_sentence_gets_the_type_its_words_say(string sentence, string type) => TypeOf(sentence).Should().Be(type);

    [Fact]
    public void Tear_gas_without_a_protest_is_not_a_protest_and_several_is_not_sever()
    {
        TypeOf("Several villages were freed by the army from the militants.").Should().Be("GOV_REGAINS_TERIT");
        TypeOf("The weather was fine and the market was open.").Should().BeNull();
    }

    [Fact]
    public void Masked_phrases_report_no_event()
    {
        // The monitoring body is named after the ceasefire; the event is the offensive.
        TypeOf("More than 1,000 militants have begun an offensive against army positions southwest of Aleppo, the Russian ceasefire monitoring center said.")
            .Should().Be("ARMED_CLASH");
        TypeOf("Turkey rightly apprehends that a Kurdish state would strain its integrity.").Should().BeNull();
        TypeOf("Police apprehended two suspects near the border.").Should().Be("ARREST");
        TypeOf("A political battle between various forces is ongoing in Russia over the country's past.").Should().BeNull();
        // A truce named in passing is no new agreement; one made, extended or taking effect is.
        TypeOf("It should be noted that this truce is still stirring tension between Russia and the Syrian regime.").Should().BeNull();
        TypeOf("Russia keeps extending the truce in Syria.").Should().Be("AGREEMENT");
    }

    [Fact]
    public void Disasters_and_crime_are_other_with_a_subtype()
    {
        var s = "A strong earthquake killed eight people.";
        EventTyper.Default.Type(s, WordSplitter.Split(s, 0, s.Length))!.Subtype.Should().Be("NATURAL_DISASTER");
    }

    [Theory]
    [InlineData("A new offensive on Palmyra could be launched from Mosul.", "hypothetical")]
    [InlineData("The Syrian military will soon finish off the terrorists.", "future")]
    [InlineData("The SDF promised not to attack government forces.", "negated")]
    [InlineData("The convoy was destroyed by jets on May 25.", "asserted")]
    public void Modality_is_read_from_the_trigger_clause(string sentence, string modality)
    {
        var words = WordSplitter.Split(sentence, 0, sentence.Length);
        var typed = EventTyper.Default.Type(sentence, words)!;
        ModalityDetector.Detect(sentence, words, typed.TriggerFirst, typed.TriggerLast).Should().Be(modality);
    }
}
