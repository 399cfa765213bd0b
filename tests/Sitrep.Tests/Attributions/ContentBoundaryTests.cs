using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;

using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// The content-boundary rules of issue 5 (<see cref="ContentBoundaries"/>) and the boundary choices of the learned
/// content chooser (<see cref="ContentChoices"/>). Every sentence is synthetic, in the style of the seeds.
/// </summary>
public class ContentBoundaryTests
{
    [Theory]
    [InlineData("The minister warned about the risks of a wider war in Idlib.", "warned", "the risks of a wider war in Idlib")]
    [InlineData("The mayor warned against an evacuation of the old city.", "warned", "an evacuation of the old city")]
    public void A_preposition_right_after_the_cue_is_left_out_of_the_content(string body, string cue, string content) =>
        ByCue(body, cue).Content.Of(body).Should().Be(content);

    [Theory]
    [InlineData("At least 14 civilians were killed in the strike, the ministry said on Saturday.")]
    [InlineData("At least 14 civilians were killed in the strike, the ministry said.")]
    [InlineData("At least 14 civilians were killed in the strike the ministry said on Saturday.")]
    public void A_casualty_report_before_its_source_is_the_content_and_the_day_after_the_cue_is_not(string body) =>
        ByCue(body, "said").Content.Of(body).Should().Be("At least 14 civilians were killed in the strike");

    [Fact]
    public void A_verb_of_saying_after_went_on_to_is_part_of_the_cue()
    {
        const string body = "Lavrov went on to say that the talks in Geneva were over.";
        ByCue(body, "went on to say").Content.Of(body).Should().Be("that the talks in Geneva were over");
    }

    [Fact]
    public void A_day_alone_after_the_cue_is_no_content()
    {
        AttributionsOf("Fighting went on all week near the airport. The Observatory said on Saturday.").Should().BeEmpty();
    }

    [Fact]
    public void A_time_after_the_preposition_is_a_circumstance_and_the_content_is_not_cut_there()
    {
        var body = "The spokesman said on Monday that the convoy had reached Aleppo.";
        ByCue(body, "said").Content.Of(body).Should().Be("that the convoy had reached Aleppo");
    }

    [Fact]
    public void A_relative_clause_closed_by_a_comma_before_a_verb_stays_inside_the_content()
    {
        var body = "The mayor said that the council, which met in Homs on Tuesday, rejected the reconstruction budget.";
        ByCue(body, "said").Content.Of(body).Should().Be("that the council, which met in Homs on Tuesday, rejected the reconstruction budget");
    }

    [Fact]
    public void A_relative_clause_ending_the_sentence_is_still_the_writers_background()
    {
        var body = "The mayor said the council rejected the reconstruction budget, which had been drafted in Damascus in March.";
        ByCue(body, "said").Content.Of(body).Should().Be("the council rejected the reconstruction budget");
    }

    [Fact]
    public void A_contrast_joining_a_second_that_clause_is_part_of_the_claim()
    {
        var body = "The envoy said the talks in Geneva had stalled, but that a ceasefire was still possible.";
        ByCue(body, "said").Content.Of(body).Should().Be("the talks in Geneva had stalled, but that a ceasefire was still possible");
    }

    [Fact]
    public void A_contrast_opening_a_new_subject_still_ends_the_content()
    {
        var body = "The envoy said the talks in Geneva had stalled, but the army kept shelling the eastern districts.";
        ByCue(body, "said").Content.Of(body).Should().Be("the talks in Geneva had stalled");
    }

    [Fact]
    public void A_quotation_split_by_an_inverted_speaker_runs_on_into_its_lower_case_second_half()
    {
        var body = "“The convoy is still stuck at the checkpoint,” said a local council member, “and the road to Idlib is closed.”";
        ByCue(body, "said").Content.Of(body).Should().Be("“The convoy is still stuck at the checkpoint,” said a local council member, “and the road to Idlib is closed.”");
    }

    [Fact]
    public void A_second_quotation_after_another_verb_is_not_joined_to_the_first()
    {
        var body = "“The convoy is still stuck at the checkpoint,” said a local council member, adding, “the road to Idlib is closed.”";
        ByCue(body, "said").Content.Of(body).Should().Be("“The convoy is still stuck at the checkpoint,”");
    }

    [Fact]
    public void A_reporting_nouns_object_ends_where_the_sentences_verb_follows_it()
    {
        var body = "The governor's endorsement of the mayor is not good news for the opposition in Aleppo.";
        ByCue(body, "endorsement of").Content.Of(body).Should().Be("the mayor");
    }

    [Fact]
    public void A_verb_inside_a_question_word_clause_stays_in_the_nouns_object()
    {
        var body = "The envoy's questions about whether the ceasefire will hold went unanswered in Geneva.";
        ByCue(body, "questions about").Content.Of(body).Should().Contain("will hold");
    }

    private static (string Text, Word[] Words, Unit Unit) Read(string text)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        return (text, words, Units.Split(words, CueLexicon.Default)[0]);
    }

    private static List<(ChoiceKind Kind, string Text)> ChoicesOf(string text, string cue)
    {
        var (t, w, unit) = Read(text);
        var cueWords = cue.Split(' ');
        var first = Enumerable.Range(unit.First, unit.End - unit.First).First(i => cueWords.Select((c, j) => i + j < w.Length && w[i + j].Lower == c).All(x => x));
        var into = new List<ContentChoice>();
        new ContentChoices(new Phrases(SourceWords.Default)).For(w, unit, first, first + cueWords.Length, into);
        return into.Select(c => (c.Kind, t[w[c.First].Start..w[c.End - 1].End])).ToList();
    }

    [Fact]
    public void The_chooser_is_offered_the_sentence_up_to_each_later_comma()
    {
        var choices = ChoicesOf("The envoy said the plan, which was drafted in May, would fail, and the army agreed with him.", "said");
        choices.Should().Contain((ChoiceKind.AfterClause, "the plan"));
        choices.Should().Contain((ChoiceKind.AfterLater, "the plan, which was drafted in May"));
        choices.Should().Contain((ChoiceKind.AfterLater, "the plan, which was drafted in May, would fail"));
    }

    [Fact]
    public void The_chooser_is_offered_the_object_of_the_preposition_that_closes_a_long_cue()
    {
        var choices = ChoicesOf("The governor has come out in support of the new ceasefire plan, aides said.", "has");
        choices.Should().Contain((ChoiceKind.PrepObject, "the new ceasefire plan"));
        var respond = ChoicesOf("The ministry did not immediately respond to requests for comment.", "did");
        respond.Should().Contain((ChoiceKind.PrepPhrase, "to requests for comment"));
    }

    [Fact]
    public void Choices_that_differ_only_in_where_they_stop_get_different_boundary_features()
    {
        var (_, w, unit) = Read("The envoy said the plan would fail, pointing to the shelling, and left Geneva.");
        var said = Enumerable.Range(0, w.Length).First(i => w[i].Lower == "said");
        var comma = Enumerable.Range(0, w.Length).First(i => w[i].Mark == ',');
        var second = Enumerable.Range(comma + 1, w.Length - comma - 1).First(i => w[i].Mark == ',');
        var f = new Features(ChoiceFeatures.Bits);
        ChoiceFeatures.Extract(w, unit, said, said + 1, new ContentChoice(ChoiceKind.AfterLater, said + 1, comma, -1, -1), CueLexicon.Default, f);
        var atFirst = f.Indexes.ToArray().ToHashSet();
        ChoiceFeatures.Extract(w, unit, said, said + 1, new ContentChoice(ChoiceKind.AfterLater, said + 1, second, -1, -1), CueLexicon.Default, f);
        var atSecond = f.Indexes.ToArray().ToHashSet();
        atFirst.Except(atSecond).Should().NotBeEmpty("the word after each comma ('pointing', 'and') is a feature of the cut");
    }
}
