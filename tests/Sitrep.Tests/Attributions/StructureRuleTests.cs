using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// The document structures that carry attributions without a reporting sentence: dash-signed quotations, transcript
/// turns, and contents bounded by their paragraph. Every text is synthetic, in the style of the seeds.
/// </summary>
public class StructureRuleTests
{
    [Theory]
    [InlineData("\"The curfew keeps my children safe at night. I sleep better now.\"\n\n― Maria Lopez, a teacher in Aleppo\n", "―", "Maria Lopez")]
    [InlineData("“Nobody asked us before they closed the market.”― Samir Haddad\n", "―", "Samir Haddad")]
    [InlineData("\"Great speech tonight. She never quits.\"\n\n- President Obama.\n", "-", "President Obama")]
    [InlineData("“We will keep the checkpoints open.”\n\n— Colonel Ivan Petrov (@garrison) March 3, 2016\n", "—", "Colonel Ivan Petrov")]
    public void A_quotation_signed_by_a_dash_line_is_attributed_to_the_name_after_the_dash(string body, string dash, string name)
    {
        var a = ByCue(body, dash);
        a.Source.Of(body).Should().Be(name);
        a.Content.Of(body).Should().StartWith(body[..1]).And.Contain("s");
    }

    [Theory]
    [InlineData("The evidence is plain:\n\n— Nine months of rallies about the wall.\n\n— His tweets against the amnesty bill.\n")]
    [InlineData("“If my son were still there, the threat would be higher,” he said.\n\n– Country less safe –.\n")]
    [InlineData("Crowds gathered in the square on Friday.\n\n- Reuters.\n")]
    public void A_dash_line_after_a_list_a_reported_quotation_or_narration_signs_nothing(string body) =>
        AttributionsOf(body).Select(a => a.Cue.Of(body)).Should().NotContain(["—", "–", "-"]);

    [Fact]
    public void Every_turn_of_a_question_and_answer_transcript_is_its_own_attribution()
    {
        var body = "The senator sat down with the Herald this week.\n\nQ: What did you find when you got to the crossing?\n\n"
                   + "A: I found families waiting in the heat. The guards said they had no orders.\n\nQ: Will the bill pass?\n\nA: I think it will pass in the spring.\n";
        var turns = AttributionsOf(body).Where(a => a.Cue.Of(body) == ":").ToList();
        turns.Select(a => a.Source.Of(body)).Should().Equal("Q", "A", "Q", "A");
        turns[1].Content.Of(body).Should().Be("I found families waiting in the heat. The guards said they had no orders.");
        // The attribution inside an answer stays: the guards said it, reported by the one answering.
        ByCue(body, "said").Source.Of(body).Should().Be("The guards");
    }

    [Fact]
    public void A_transcript_quoted_whole_after_as_follows_gives_each_speaker_his_turn_instead_of_one_giant_content()
    {
        var body = "The anchor pressed the governor on the debate. Partial transcript as follows:\n\n"
                   + "\"HARPER: Will you invite the mayor to the front row on Monday night?\n\n"
                   + "\"MORALES: We have not decided who sits where, and we will not play those games.\n\n"
                   + "\"HARPER: So that is a no?\"\n";
        var all = AttributionsOf(body);
        all.Where(a => a.Cue.Of(body) == ":").Select(a => a.Source.Of(body)).Should().Equal("HARPER", "MORALES", "HARPER");
        all.Should().NotContain(a => a.Content.Of(body).Contains("HARPER") || a.Content.Of(body).Contains("MORALES"));
    }

    [Fact]
    public void One_capitalised_heading_with_a_colon_is_not_a_transcript()
    {
        var body = "UPDATE: The convoy reached Aleppo on Monday.\n\nOfficials said the road was open.\n";
        AttributionsOf(body).Should().NotContain(a => a.Cue.Of(body) == ":");
    }

    [Fact]
    public void A_quotation_after_a_long_interruption_is_its_own_attribution_of_the_same_speaker()
    {
        var body = "“We will not leave the old city,” said Ivan Petrov, a colonel who commanded the garrison for three years before the siege began in the spring. “Never.”";
        var said = AttributionsOf(body).Where(a => a.Cue.Of(body) == "said").ToList();
        said.Select(a => a.Content.Of(body)).Should().Equal("“We will not leave the old city,”", "“Never.”");
        said.Should().OnlyContain(a => a.Source.Of(body) == "Ivan Petrov");
        var shortBreak = "“We will not leave the old city,” Petrov said. “Never.”";
        ByCue(shortBreak, "said").Content.Of(shortBreak).Should().Be("“We will not leave the old city,” Petrov said. “Never.”");
    }
}
