using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Xunit;

using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// The sense rules of <see cref="CueSenses"/> (a lexicon word used in its non-reporting sense is no cue), the cues added
/// to the lexicon, and the widened candidates of the learned cue scorer. Every sentence is synthetic.
/// </summary>
public class CueSenseTests
{
    private static CueMatch? CueAt(string text, string word)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        var i = Array.FindIndex(words, w => w.Lower == word);
        i.Should().BeGreaterThanOrEqualTo(0, $"'{word}' is in the sentence");
        return CueLexicon.Default.Match(words, i, _ => true);
    }

    [Theory]
    [InlineData("The foreign minister hosts a weekly talk show on state television.", "show")]
    [InlineData("Thousands of volunteers will show up in Aleppo on Monday.", "show")]
    [InlineData("The governor's deep support among farmers has held for a decade.", "support")]
    [InlineData("The rebels had 40 percent support in the survey.", "support")]
    [InlineData("The envoy found himself at the centre of the dispute.", "found")]
    [InlineData("The general was found to have ordered the strike.", "found")]
    [InlineData("The council has called off the talks in Geneva.", "called")]
    [InlineData("She won the most pledged delegates in the north.", "pledged")]
    [InlineData("The ministry's reconstruction plan leaves everyone unhappy.", "plan")]
    [InlineData("You know, the convoys never came.", "know")]
    [InlineData("Government troops stepped up barrel bomb attacks on the town of Douma.", "attacks")]
    [InlineData("The militants launched suicide attacks against the SDF near Raqqa.", "attacks")]
    [InlineData("Warplanes carried out attacks on villages in the Idlib countryside.", "attacks")]
    [InlineData("The heavy fighting claimed the lives of 129 loyalists.", "claimed")]
    [InlineData("A new massacre, claiming the lives of ten people, was reported.", "claiming")]
    [InlineData("Battles continued between the army and the rebels.", "continued")]
    [InlineData("A general view shows the damage at a hospital after an air strike.", "shows")]
    [InlineData("A general view shows the damage at a hospital after an air strike.", "view")]
    [InlineData("One photograph shows a man carrying a child covered with dust.", "shows")]
    [InlineData("Another image showed a man attending to a wounded boy.", "showed")]
    [InlineData("The attack saw dozens suffering respiratory problems.", "saw")]
    [InlineData("Aleppo province saw a new escalation on Tuesday.", "saw")]
    [InlineData("Shelling continued on Monday in the eastern districts.", "continued")]
    [InlineData("A bomb blast killed six people in the market.", "blast")]
    [InlineData("Car bomb blasts hit two districts of Homs.", "blasts")]
    [InlineData("Additional reporting by Omar Fahmy in Cairo.", "reporting")]
    [InlineData("The army launched an offensive in a bid to cut the supply lines.", "bid")]
    [InlineData("Russia set a deadline for the moderate opposition to leave the territories.", "opposition")]
    [InlineData("Civilians were injured in rocketry attacks on western Ghouta.", "attacks")]
    [InlineData("The monitor determines whose planes carried out raids according to type and flight patterns.", "according")]
    [InlineData("The war began with the repression of anti-government protests in 2011.", "protests")]
    [InlineData("The fast observed during the holy month of Ramadan ended on Sunday.", "observed")]
    [InlineData("Jihadists attacked a checkpoint south of the town at dawn.", "attacked")]
    [InlineData("Russian pilots were attacking Daesh in the Homs desert.", "attacking")]
    [InlineData("A coalition backing the Kurdish forces took the dam.", "backing")]
    [InlineData("The army continued its operations in the eastern districts.", "continued")]
    [InlineData("A witness named Ahmad said he saw the jets.", "named")]
    [InlineData("Three blasts including one from a car bomb shook the old city.", "blasts")]
    [InlineData("Russia maintains the huge airbase near Latakia.", "maintains")]
    [InlineData("The blast ripped through a bus depot in the old city.", "ripped")]
    [InlineData("A third suspected nerve agent attack caused no deaths.", "suspected")]
    [InlineData("The regime protests continue in the south.", "protests")]
    [InlineData("However many reports make doubts about the raids.", "reports")]
    [InlineData("UN estimates suggest 300000 people have died.", "estimates")]
    [InlineData("Media reports said a truck loaded with explosives blew up.", "reports")]
    [InlineData("It is a safe zone, even if it is not named as such.", "named")]
    public void A_lexicon_word_in_its_other_sense_is_no_cue(string text, string word) =>
        CueAt(text, word).Should().BeNull();

    [Theory]
    [InlineData("Recent surveys show that the ceasefire is popular in the north.", "show")]
    [InlineData("Most residents support the return of the monitors.", "support")]
    [InlineData("They would support a new round of talks.", "support")]
    [InlineData("The inquiry found that the convoy had been hit from the air.", "found")]
    [InlineData("The envoy called the strike \"a grave mistake.\"", "called")]
    [InlineData("The council pledged to rebuild the hospital.", "pledged")]
    [InlineData("We know that the convoy left at dawn.", "know")]
    [InlineData("The senator stepped up his attacks on the minister's positions.", "attacks")]
    [InlineData("The group claimed responsibility for the bombing.", "claimed")]
    [InlineData("The rebels claimed that the town had fallen.", "claimed")]
    [InlineData("\"We will stay,\" he continued.", "continued")]
    [InlineData("He continued on, mocking the envoy's promises.", "continued")]
    [InlineData("The opposition leader blasts the envoy over the truce.", "blasts")]
    [InlineData("SANA is reporting that the road has reopened.", "reporting")]
    [InlineData("Her bid to win the nomination failed.", "bid")]
    [InlineData("His opposition to the war is well known.", "opposition")]
    [InlineData("The strike hit the depot, according to law enforcement officials.", "according")]
    [InlineData("He protests that the truce was broken.", "protests")]
    [InlineData("He observed that the convoy had left.", "observed")]
    [InlineData("The envoy attacked the minister over the siege.", "attacked")]
    [InlineData("The governor backed the plan to reopen the crossing.", "backed")]
    [InlineData("The council named Hassan as its new envoy.", "named")]
    [InlineData("He maintained that the strikes hit no civilians.", "maintained")]
    [InlineData("The envoy ripped into the council over the delays.", "ripped")]
    [InlineData("Police suspected that the driver had fled.", "suspected")]
    [InlineData("The monitor reports that 12 people died.", "reports")]
    [InlineData("Initial estimates put the total at 55,000 pages.", "estimates")]
    [InlineData("A video shows the minister saying the talks had failed.", "shows")]
    [InlineData("The envoy saw that the convoy had been hit.", "saw")]
    public void The_same_word_as_a_report_stays_a_cue(string text, string word) =>
        CueAt(text, word).Should().NotBeNull();

    [Fact]
    public void A_talk_show_host_is_not_read_as_a_report()
    {
        var body = "The talk show host Amir Saleh arrived in Damascus on Monday.";
        AttributionsOf(body).Should().NotContain(a => a.Cue.Of(body) == "show");
    }

    [Fact]
    public void A_sentence_with_the_verb_support_still_reports_a_position()
    {
        var body = "The Russian military support the return to the battlefield.";
        ByCue(body, "support").Content.Of(body).Should().StartWith("the return to the battlefield");
    }

    [Theory]
    [InlineData("The mayor is supportive of the new curfew in the old city.", "supportive of")]
    [InlineData("The opposition leader sparred with the minister over the budget.", "sparred with")]
    [InlineData("The monitors point to the shelling of the market.", "point to")]
    public void Cues_added_from_the_training_misses_are_read(string body, string cue) =>
        AttributionsOf(body).Should().Contain(a => a.Cue.Of(body) == cue);

    [Theory]
    [InlineData("The commander recapitulates the orders.", "recapitulates", true)]              // another form of a known cue word
    [InlineData("The commander harrumphed that the bridge was gone.", "harrumphed", true)]      // opens a that-clause
    [InlineData("The commander's insistence on a truce surprised the envoys.", "insistence", true)] // possessive + complement
    [InlineData("The commander crossed the bridge at dawn.", "crossed", false)]
    [InlineData("The commander and the envoy met at the bridge.", "the", false)]
    public void The_learned_scorer_also_scores_report_shaped_words(string text, string word, bool scored)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        var i = Array.FindIndex(words, w => w.Lower == word);
        new CueCandidates(["recapitulated"]).Widened(words, i).Should().Be(scored);
    }
}
