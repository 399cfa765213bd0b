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
    public void The_main_clause_after_a_fronted_subordinate_one_is_not_the_claim()
    {
        var body = "As the envoy said the talks had stalled, the army resumed shelling the eastern districts.";
        ByCue(body, "said").Content.Of(body).Should().Be("the talks had stalled");
        var (w, u) = Read(body);
        Clauses.InFrontedSubordinate(w, u, At(w, "said")).Should().BeTrue();
    }

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
}
