using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>The word-order source of a learned reading, cleaned (<see cref="SourceTrim"/>): sentences in the seeds' style.</summary>
public class SourceTrimTests
{
    /// <summary>The phrase from the sentence start to the cue word, trimmed, as text ("" when none is left).</summary>
    private static string Trimmed(string text, string cue)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        var c = Array.FindIndex(words, x => x.Lower == cue);
        var (first, end) = SourceTrim.Trim(words, 0, c);
        return first < 0 ? "" : text[words[first].Start..words[end - 1].End];
    }

    [Theory]
    [InlineData("Turkey rightly apprehends that a Kurdish state would threaten it.", "apprehends", "Turkey")]
    [InlineData("Bhadrakumar goes on to discuss the triangle.", "discuss", "Bhadrakumar")]
    [InlineData("The Russians finally have to admit that the talks failed.", "admit", "The Russians")]
    [InlineData("Colonel Dillon said the strikes hit a depot.", "said", "Colonel Dillon")]
    public void Adverbs_and_verb_chains_between_speaker_and_cue_are_cut(string text, string cue, string expected) =>
        Trimmed(text, cue).Should().Be(expected);

    [Fact]
    public void A_lone_preposition_names_no_one()
    {
        Trimmed("With reports from the ministries, the meeting went on.", "reports").Should().BeEmpty();
        Trimmed("It should be noted that the convoy arrived.", "noted").Should().Be("It should be");
    }
}
