using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Clauses;

using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// The light clause layer of issue 5 (<see cref="Clauses"/>) and the content cuts the rules make with it. Every sentence is
/// synthetic, in the style of the seeds.
/// </summary>
public class ClauseCutTests
{
    private static (Word[] Words, Unit Unit) Read(string text)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        return (words, Units.Split(words, CueLexicon.Default)[0]);
    }

    private static int At(Word[] w, string lower) => Enumerable.Range(0, w.Length).First(i => w[i].Lower == lower);

    [Theory]
    [InlineData("the minister resigned on Friday", true)]
    [InlineData("Emanuel fires his police chief", true)]
    [InlineData("more than 4 in 10 said the economy was weak", true)]
    [InlineData("he quickly left", true)]
    [InlineData("the left wing of the party", false)]
    [InlineData("the armed groups around Idlib", false)]
    [InlineData("the roads to Aleppo and Homs", false)]
    public void A_clause_needs_a_subject_and_a_finite_verb(string text, bool clause)
    {
        var (w, _) = Read(text);
        Clauses.SubjectThenVerb(w, 0, w.Length).Should().Be(clause);
    }

    [Fact]
    public void A_new_subject_after_a_comma_and_a_conjunction_ends_the_content()
    {
        var body = "The governor said the shelters were full, and the mayor ordered the stadium opened.";
        ByCue(body, "said").Content.Of(body).Should().Be("the shelters were full");
    }

    [Fact]
    public void A_second_verb_without_a_new_subject_does_not_end_it_here()
    {
        var body = "The governor said the shelters were full, and asked the army for tents.";
        ByCue(body, "said").Content.Of(body).Should().Contain("the shelters were full");
    }

    [Fact]
    public void An_auxiliary_with_no_subject_after_the_first_comma_is_the_reporters_second_predicate()
    {
        var body = "The governor insists the shelters are full, and has opened the stadium to families since Friday.";
        ByCue(body, "insists").Content.Of(body).Should().Be("the shelters are full");
    }

    [Fact]
    public void The_main_clause_after_a_fronted_subordinate_one_is_not_the_claim()
    {
        var body = "As the envoy said the talks had stalled, the army resumed shelling the eastern districts.";
        ByCue(body, "said").Content.Of(body).Should().Be("the talks had stalled");
        var (w, u) = Read(body);
        Clauses.InFrontedSubordinate(w, u, At(w, "said")).Should().BeTrue();
    }

    [Theory]
    [InlineData("However, while the mayor says the shelters are full, the army has sent no tents.")]
    [InlineData("The reason is simple: while the mayor says the shelters are full, the army has sent no tents.")]
    public void A_fronted_clause_may_open_after_a_sentence_adverbial_or_a_colon(string body) =>
        ByCue(body, "says").Content.Of(body).Should().Be("the shelters are full");

    [Fact]
    public void A_fronted_as_clause_closed_right_after_the_cue_keeps_the_main_clause_as_content()
    {
        var body = "As the ministry said, the convoy reached Aleppo on Tuesday.";
        var (w, u) = Read(body);
        Clauses.InFrontedSubordinate(w, u, At(w, "said")).Should().BeTrue();
        ByCue(body, "said").Content.Of(body).Should().Contain("the convoy reached Aleppo");
    }

    [Fact]
    public void A_final_apposition_is_the_writers_gloss()
    {
        var body = "The minister praised the Aleppo relief programme, the largest aid effort in the region since the war began.";
        var (w, u) = Read(body);
        Clauses.FinalApposition(w, At(w, ","), u.End).Should().BeTrue();
        ByCue(body, "praised").Content.Of(body).Should().Be("the Aleppo relief programme");
    }

    [Fact]
    public void A_clause_after_the_comma_is_no_apposition()
    {
        var (w, u) = Read("The minister said the convoy was late, the roads would be closed.");
        Clauses.FinalApposition(w, At(w, ","), u.End).Should().BeFalse();
    }

    [Fact]
    public void A_quotation_filling_the_next_paragraph_continues_the_content()
    {
        var body = "“The convoy will not reach Aleppo this week,” the governor said.\n“The roads are mined. We need engineers first.”\n\nThe army declined to comment.";
        ByCue(body, "said").Content.Of(body).Should().Be("“The convoy will not reach Aleppo this week,” the governor said.\n“The roads are mined. We need engineers first.”");
    }

    [Fact]
    public void A_paragraph_that_is_not_only_a_quotation_does_not_continue_it()
    {
        var body = "“The convoy will not reach Aleppo this week,” the governor said.\nThe army declined to comment on the convoy.";
        ByCue(body, "said").Content.Of(body).Should().Be("“The convoy will not reach Aleppo this week,”");
    }

    [Fact]
    public void A_speaker_label_takes_the_whole_paragraph()
    {
        var body = "Mayor: The shelters are full. We need tents by Friday.\nThe army declined to comment.";
        var a = ByCue(body, ":");
        a.Content.Of(body).Should().Be("The shelters are full. We need tents by Friday");
    }

    private static List<(Sitrep.Analyse.Attributions.Learned.ChoiceKind Kind, string Text)> ChoicesOf(string text, string cue)
    {
        var (w, unit) = Read(text);
        var first = At(w, cue);
        var into = new List<Sitrep.Analyse.Attributions.Learned.ContentChoice>();
        new Sitrep.Analyse.Attributions.Learned.ContentChoices(new Phrases(SourceWords.Default)).For(w, unit, first, first + 1, into);
        return into.Select(c => (c.Kind, text[w[c.First].Start..w[c.End - 1].End])).ToList();
    }

    [Fact]
    public void The_chooser_is_offered_the_content_up_to_a_clause_boundary()
    {
        // Past the list's commas (which the comma cuts stop at) to the new subject after ", and".
        var choices = ChoicesOf("The governor said the roads to Homs, Hama, Idlib, Raqqa, Palmyra and Deir were closed, and the mayor ordered the stadium opened.", "said");
        choices.Should().Contain((Sitrep.Analyse.Attributions.Learned.ChoiceKind.AfterCut, "the roads to Homs, Hama, Idlib, Raqqa, Palmyra and Deir were closed"));
    }

    [Fact]
    public void The_chooser_is_offered_the_clause_from_a_that_after_the_listener()
    {
        var choices = ChoicesOf("Wilson told the Aleppo Times on Saturday that the convoy had left Homs.", "told");
        choices.Should().Contain((Sitrep.Analyse.Attributions.Learned.ChoiceKind.AfterThat, "that the convoy had left Homs"));
    }

    [Fact]
    public void A_quotation_after_a_lead_in_dash_starts_the_content()
    {
        var body = "Neither commander was impressed by the truce - “It will not last a week,” one of them said.";
        ByCue(body, "said").Content.Of(body).Should().Be("“It will not last a week,”");
    }

    [Fact]
    public void Initials_before_a_sentence_opening_pronoun_end_the_sentence()
    {
        var (w, _) = Read("The envoy flew back to the U.S. He said the talks had stalled.");
        var units = Units.Split(w, CueLexicon.Default);
        units.Should().HaveCount(2);
    }

    [Fact]
    public void The_chooser_may_continue_a_quotation_into_a_paragraph_that_is_only_that_quotation()
    {
        var text = "“The convoy will not reach Aleppo this week,” the governor said.\n“The roads are mined.”";
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        var units = Units.Split(words, CueLexicon.Default);
        var said = At(words, "said");
        var into = new List<Sitrep.Analyse.Attributions.Learned.ContentChoice>();
        new Sitrep.Analyse.Attributions.Learned.ContentChoices(new Phrases(SourceWords.Default)).For(words, units[0], units[1], said, said + 1, into);
        into.Should().Contain(c => c.Kind == Sitrep.Analyse.Attributions.Learned.ChoiceKind.BeforeContinued);
    }
}
