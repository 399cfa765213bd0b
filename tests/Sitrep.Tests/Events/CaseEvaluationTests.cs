using Sitrep.Evaluation.Events;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Events;

public class CaseEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Macro_F1_averages_over_gold_labels_and_counts_wrong_predictions_against_precision()
    {
        var s = EventTypingScore.Compute([("A", "A"), ("A", "B"), ("B", "B"), ("C", "B")]);
        s.Accuracy.Should().Be(0.5);
        s.Labels.Single(l => l.Label == "B").Precision.Should().BeApproximately(1 / 3.0, 1e-9);
        s.MacroF1.Should().BeApproximately((2 / 3.0 + 0.5 + 0) / 3, 1e-9);
        s.Confusions.Should().HaveCount(2);
    }

    [Fact]
    public void Our_labels_map_to_CASE_labels()
    {
        CaseLabels.Of("DIPLOMACY", null).Should().Be("DIPLO");
        CaseLabels.Of("STATEMENT", "CLAIM").Should().Be("ATTRIB");
        CaseLabels.Of("OTHER", "NATURAL_DISASTER").Should().Be("NATURAL_DISASTER");
        CaseLabels.Of("AIR_STRIKE", null).Should().Be("AIR_STRIKE");
    }

    [SkippableFact]
    public void CASE_dev_macro_F1_stays_above_the_target()
    {
        var dir = SharedData.Data("events-case2021");
        Skip.If(dir is null, "../shared/data/events-case2021 absent");
        var result = EventTypingEvaluation.Run(CaseEventSet.Load(dir!));
        output.WriteLine($"accuracy {result.Score.Accuracy:F3} macro-F1 {result.Score.MacroF1:F3}");
        result.Score.MacroF1.Should().BeGreaterThanOrEqualTo(0.70);
        result.Score.Accuracy.Should().BeGreaterThanOrEqualTo(0.70);
    }
}
