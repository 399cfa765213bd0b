using static Sitrep.Tests.Attributions.AttributionReading;

namespace Sitrep.Tests.Attributions;

/// <summary>
/// A second cue after a content ("…,” the analyst said, referring to …"): PolNeAR marks it as an attribution of its own,
/// and the first content ends before it (the sequential case of issue 5). Every sentence is synthetic.
/// </summary>
public class NestedCueTests
{
    [Fact]
    public void A_referring_to_after_a_quotation_is_an_attribution_of_its_own()
    {
        var body = "“The key to the deal was the timing,” the analyst said, referring to the two coastal resorts.";
        ByCue(body, "referring to").Content.Of(body).Should().Be("the two coastal resorts");
        ByCue(body, "said").Content.Of(body).Should().NotContain("resorts");
    }

    [Fact]
    public void The_quotation_after_a_referent_goes_on_with_the_speaker_not_the_referent()
    {
        var body = "“The key to the deal was the timing,” the analyst said, referring to the two coastal resorts. “I assume they saw the market returning.”";
        ByCue(body, "referring to").Content.Of(body).Should().NotContain("I assume");
        ByCue(body, "said").Content.Of(body).Should().Contain("I assume they saw the market returning");
    }

    [Fact]
    public void Citing_after_a_comma_names_what_the_speaker_relied_on()
    {
        var body = "The ministry said the convoy would be delayed, citing security concerns along the road.";
        ByCue(body, "citing").Content.Of(body).Should().Be("security concerns along the road");
        ByCue(body, "said").Content.Of(body).Should().Be("the convoy would be delayed");
    }
}
