using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// Tests for the rules-only cue readings tuned on the per-cue precision and the misses of the PolNeAR training split
/// (issue 5): which words read as cues, and where their content lies. Every sentence is synthetic, in the style of
/// political news; none is copied from PolNeAR.
/// </summary>
public class CueReadingTests
{
    [Theory]
    [InlineData("Instead, the senator sought to calm his supporters at the rally.", "sought", "to calm his supporters at the rally")]
    [InlineData("Steering clear of the insults, the governor wants to talk about jobs.", "wants", "to talk about jobs")]
    [InlineData("Still, the mayor promised to build more housing in the city.", "promised", "to build more housing in the city")]
    public void An_infinitive_after_a_verb_of_wanting_is_its_content_not_the_fronted_words(string body, string cue, string content) =>
        ByCue(body, cue).Content.Of(body).Should().Be(content);
}
