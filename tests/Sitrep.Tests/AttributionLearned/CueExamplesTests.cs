using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Evaluation.Attribution;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>Issue 5: the cue classifier's training labels (<see cref="CueExamples"/>) leave out what it must not learn
/// from: tokens the rules already hold, auxiliaries inside a cue, and cues whose content no candidate reaches.</summary>
public class CueExamplesTests
{
    private const string Text = "The senator has always denied that he took the money.\n\nFighting went on near the border all week.\n";
    private static readonly CueLexicon Cues = CueLexicon.Default;
    private static readonly ContentChoices Lister = new(new Phrases(SourceWords.Default));

    private static (int, int) Span(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        return (start, start + part.Length);
    }

    private static TrainingArticle Article(string content) => TrainingArticle.From(new PolnearArticle("a", Text,
        [new GoldAttribution([Span(content)], [Span("The senator")], [Span("has always denied")])]), Cues);

    private static int At(TrainingArticle t, string lower) => Array.FindIndex(t.Words, w => w.Lower == lower);

    [Fact]
    public void An_auxiliary_inside_a_gold_cue_is_left_out_and_the_verb_is_a_positive()
    {
        var t = Article("that he took the money");
        var labels = CueExamples.Labels(t, new byte[t.Words.Length], Lister);
        labels[At(t, "has")].Should().Be(CueExamples.Skip);
        labels[At(t, "denied")].Should().Be(CueExamples.Positive);
        labels[At(t, "money")].Should().Be(CueExamples.Negative);
    }

    [Fact]
    public void A_token_the_rules_hold_is_left_out()
    {
        var t = Article("that he took the money");
        var coverage = new byte[t.Words.Length];
        coverage[At(t, "denied")] = RulesCoverage.InCue;
        coverage[At(t, "money")] = RulesCoverage.InContent;
        coverage[At(t, "fighting")] = RulesCoverage.SameSentence;
        var labels = CueExamples.Labels(t, coverage, Lister);
        labels[At(t, "denied")].Should().Be(CueExamples.Skip);
        labels[At(t, "money")].Should().Be(CueExamples.Skip);
        labels[At(t, "fighting")].Should().Be(CueExamples.Negative);
    }

    [Fact]
    public void A_gold_cue_whose_content_no_candidate_reaches_is_a_negative()
    {
        // The content lies in the next paragraph, out of reach of every candidate of "has always denied".
        var t = Article("Fighting went on near the border all week");
        var labels = CueExamples.Labels(t, new byte[t.Words.Length], Lister);
        labels[At(t, "denied")].Should().Be(CueExamples.Negative);
        labels[At(t, "has")].Should().Be(CueExamples.Skip);
    }
}
