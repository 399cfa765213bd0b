using Sitrep.Analyse.Attributions;

using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// Rule "trailing circumstance" (<see cref="TrailingCircumstance"/>) and the object of a stance verb ending at a comma
/// before a participle. Every sentence is synthetic, in the style of the seeds.
/// </summary>
public class TrailingCircumstanceTests
{
    [Theory]
    [InlineData("The Kurdish party endorsed the ceasefire plan last week.", "endorsed", "the ceasefire plan")]
    [InlineData("The governor defended his decision on Monday.", "defended", "his decision")]
    [InlineData("The minister praised the Turkish mediators in an interview published Saturday.", "praised", "the Turkish mediators")]
    [InlineData("The commander denied the charges through his lawyer.", "denied", "the charges")]
    [InlineData("The opposition backed the truce in early May.", "backed", "the truce")]
    public void A_time_or_setting_closing_the_object_is_left_out_of_the_content(string body, string cue, string content) =>
        ByCue(body, cue).Content.Of(body).Should().Be(content);

    [Theory]
    [InlineData("The senator attacked the envoy on Monday over his silence about the shelling.", "attacked", "the envoy on Monday over his silence about the shelling")]
    [InlineData("The council welcomed the plan on Monday for its clarity.", "welcomed", "the plan on Monday for its clarity")]
    public void A_circumstance_inside_the_object_stays(string body, string cue, string content) =>
        ByCue(body, cue).Content.Of(body).Should().Be(content);

    [Fact]
    public void A_noun_cue_keeps_its_circumstance()
    {
        var (w, u) = Read("Trump endorsed Cruz last week.");
        var from = Array.FindIndex(w, x => x.Lower == "cruz");
        TrailingCircumstance.Cut(w, from, u.End - 1).Should().Be(from + 1);
        var body = "The senator renewed her attacks on the envoy in Saturday's debate.";
        ByCue(body, "attacks on").Content.Of(body).Should().Be("the envoy in Saturday's debate");
    }

    [Fact]
    public void A_clause_after_a_verb_of_saying_is_not_cut_at_its_time()
    {
        var body = "The spokesman mentioned that the convoy would leave on Monday.";
        ByCue(body, "mentioned").Content.Of(body).Should().Be("that the convoy would leave on Monday");
        var np = "The envoy mentioned the blockade of Aleppo during his speech.";
        ByCue(np, "mentioned").Content.Of(np).Should().Be("the blockade of Aleppo");
    }

    [Fact]
    public void A_participle_after_a_comma_ends_a_stance_object()
    {
        var body = "The tribal council supported the governor, providing a boost to his campaign in the east.";
        ByCue(body, "supported").Content.Of(body).Should().Be("the governor");
    }

    private static (Word[] Words, Unit Unit) Read(string text)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        return (words, Units.Split(words, CueLexicon.Default)[0]);
    }
}
