using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>The rescorer learns which final readings tend to miss (here: a weak noun cue with a two-word content) and
/// scores them below the ones that tend to hit, so that the model's drop threshold removes them; and it survives a saved model.</summary>
public class ReadingRescorerTests
{
    private const string Text = "The minister said the border would stay closed until the talks end. Her pledge to voters drew anger.";

    private static Word[] Words(string text) => WordSplitter.Split(text, QuoteScanner.Outer(text));

    private static int At(Word[] w, string word) => Array.FindIndex(w, x => x.Lower == word);

    private static TextSpan Span(Word[] w, int first, int end) => new(w[first].Start, w[end - 1].End);

    [Fact]
    public void A_reading_of_the_kind_that_misses_scores_below_one_that_hits()
    {
        var w = Words(Text);
        var units = Units.Split(w, CueLexicon.Default);
        var said = At(w, "said");
        var pledge = At(w, "pledge");
        var good = new ReadingRescorer.Reading("indirect", Span(w, said + 1, At(w, "end") + 1), Span(w, said, said + 1), Span(w, At(w, "minister"), said));
        var weak = new ReadingRescorer.Reading("according_to", Span(w, pledge + 1, pledge + 3), Span(w, pledge, pledge + 1), default);
        var margins = new float[w.Length];
        Array.Fill(margins, float.NegativeInfinity);
        margins[said] = 9f;
        margins[pledge] = -3f;
        var readings = new List<ReadingRescorer.Reading> { good, weak };
        var features = ReadingRescorer.Extract(w, units, readings, margins);
        var examples = Enumerable.Range(0, 50).SelectMany(_ => new[] { (features[0], true), (features[1], false) }).ToList();
        var weights = ReadingRescorer.Train(examples);
        var scores = ReadingRescorer.Score(w, units, readings, margins, weights);
        Assert.True(scores[0] > 0, $"hit-like reading scored {scores[0]}");
        Assert.True(scores[1] < 0, $"miss-like reading scored {scores[1]}");
    }

    [Fact]
    public void The_rescorer_and_its_threshold_survive_a_saved_model()
    {
        var weights = new float[1 << ReadingFeatures.Bits];
        weights[7] = 1.5f;
        var model = new AttributionModel(new float[1 << CueFeatures.Bits], new float[1 << ChoiceFeatures.Bits], ["said"], 1.25f, CombinePolicy.NoOverlap, 6f)
            { Overrides = new OverrideMargins(10f, 8f) }.WithRescorer(weights, -8f);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = AttributionModel.Load(stream);
        Assert.Equal(-8f, loaded.DropBelow);
        Assert.Equal(1.5f, loaded.Rescorer![7]);
        Assert.Equal(-8f, loaded.With(2f, CombinePolicy.NoOverlap).DropBelow);
        Assert.Equal(new OverrideMargins(10f, 8f), loaded.Overrides);
    }
}
