using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Entities;
using Sitrep.Documents;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// One test per named rule of the attribution reader added for the PolNeAR misses: where a content starts and ends,
/// which words are cues, and which phrase is the source. Every sentence is synthetic, written in the style of the
/// seeds and of political news; none is copied from PolNeAR.
/// </summary>
public class AttributionRuleTests
{
    private static readonly EntityStage Entities = new();
    private static readonly AttributionStage Stage = new();

    private static List<Attribution> Read(string body)
    {
        var doc = new Document { Id = "t", Source = new SourceInfo(null, null, "text"), Body = body };
        return Stage.Apply(Entities.Apply(doc)).Attributions.ToList();
    }

    private static Attribution ByCue(string body, string cue) =>
        Read(body).Should().ContainSingle(a => a.Cue.Of(body) == cue).Subject;

    [Fact]
    public void A_quotation_right_before_the_speaker_is_the_content_however_long_the_circumstance_after_the_verb()
    {
        var body = "“We will not leave Aleppo to the militants,” Lavrov said on Monday after the ministry announced it was sending more advisers to the city and the talks in Geneva had stalled again.";
        var a = ByCue(body, "said");
        a.Content.Of(body).Should().Be("“We will not leave Aleppo to the militants,”");
        a.Source.Of(body).Should().Be("Lavrov");
    }

    [Fact]
    public void A_speaker_before_a_that_clause_keeps_the_clause_after_the_verb()
    {
        var body = "“It is over,” the envoy said that evening, and the talks ended.";
        Read(body).Should().Contain(a => a.Cue.Of(body) == "said");
        var split = "Asked about the convoy, “We saw nothing,” he said that the drones had seen nothing either.";
        ByCue(split, "said").Content.Of(split).Should().StartWith("that the drones");
    }

    [Theory]
    [InlineData("The senator lashed out at the Pentagon over the delays in Idlib.", "lashed out at", "the Pentagon over the delays in Idlib")]
    [InlineData("The governor hailed the ceasefire agreement.", "hailed", "the ceasefire agreement")]
    [InlineData("The minister downplayed the risk of a wider war.", "downplayed", "the risk of a wider war")]
    public void General_reporting_and_stance_verbs_are_cues(string body, string cue, string content) =>
        ByCue(body, cue).Content.Of(body).Should().Be(content);
}
