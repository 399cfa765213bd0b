using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

public class ShingleF1Tests
{
    [Fact]
    public void Tokens_are_lower_cased_word_runs_split_at_punctuation()
    {
        ShingleTokenizer.Tokens("Lavrov's press-conference: 80 ISIS_fighters, «killed»!")
            .Should().Equal("lavrov", "s", "press", "conference", "80", "isis_fighters", "killed");
    }

    [Fact]
    public void Tokens_follow_python_word_characters_for_other_scripts()
    {
        ShingleTokenizer.Tokens("Лавров заявил: «Пальмира» — ١٢٣").Should().Equal("лавров", "заявил", "пальмира", "١٢٣");
        // Python's \w excludes combining marks (Mn): a Devanagari vowel sign splits the word, as in evaluate.py.
        ShingleTokenizer.Tokens("हिंदी").Should().Equal("ह", "द");
    }

    [Fact]
    public void Short_texts_give_one_shorter_shingle_and_empty_texts_none()
    {
        ShingleF1.Shingles("one two").Should().Equal("one two");
        ShingleF1.Shingles("  ... ").Should().BeEmpty();
        ShingleF1.Shingles("a b c d e").Should().Equal("a b c d", "b c d e");
    }

    [Fact]
    public void Identical_texts_score_one_and_case_or_punctuation_do_not_matter()
    {
        var s = ShingleF1.Score("The army took the city on Friday.", "the ARMY took the city, on friday");
        s.Precision.Should().Be(1);
        s.Recall.Should().Be(1);
        s.F1.Should().Be(1);
    }

    [Fact]
    public void Shingles_are_counted_as_multisets()
    {
        // Truth repeats a 4-gram twice, the prediction once: one match, one miss.
        var s = ShingleF1.Score("a b c d a b c d", "a b c d");
        s.TruePositives.Should().Be(1);
        s.FalsePositives.Should().Be(0);
        s.FalseNegatives.Should().Be(4);
    }

    [Fact]
    public void Extra_text_lowers_precision_and_missing_text_lowers_recall()
    {
        var truth = "one two three four five six";
        var longer = ShingleF1.Score(truth, truth + " seven eight nine ten");
        longer.Recall.Should().Be(1);
        longer.Precision.Should().BeApproximately(3.0 / 7, 1e-9);
        var shorter = ShingleF1.Score(truth, "one two three four");
        shorter.Precision.Should().Be(1);
        shorter.Recall.Should().BeApproximately(1.0 / 3, 1e-9);
    }

    [Fact]
    public void An_empty_prediction_scores_zero_not_nan()
    {
        var s = ShingleF1.Score("some real article text here", "");
        s.Precision.Should().Be(0);
        s.Recall.Should().Be(0);
        s.F1.Should().Be(0);
    }

    [Fact]
    public void Summary_f1_is_the_harmonic_mean_of_mean_precision_and_mean_recall()
    {
        var results = new[]
        {
            new PageResult("a", null, new ShingleScore(1, 0, 1), 1, null),  // P 1, R .5
            new PageResult("b", null, new ShingleScore(1, 1, 0), 3, null),  // P .5, R 1
        };
        var s = ExtractionSummary.Of("x", results);
        s.Precision.Should().BeApproximately(0.75, 1e-9);
        s.Recall.Should().BeApproximately(0.75, 1e-9);
        s.F1.Should().BeApproximately(0.75, 1e-9);
        s.MeanPageF1.Should().BeApproximately(2.0 / 3, 1e-9);
        s.PagesPerSecondPerCore.Should().BeApproximately(500, 1e-6);
        s.SlowestPage!.Key.Should().Be("b");
        s.Worst(1).Single().Key.Should().Be("a");
    }
}
