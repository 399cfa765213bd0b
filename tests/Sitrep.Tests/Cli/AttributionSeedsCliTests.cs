using Sitrep.Cli.Commands;
using Sitrep.Evaluation.Attribution;
using Sitrep.Tests.AttributionLearned;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>Training with another shuffle seed and scoring several models together (the mean a change is judged on).</summary>
public class AttributionSeedsCliTests : IDisposable
{
    private readonly SyntheticBrat _corpus = new();

    [Fact]
    public void Models_trained_with_two_seeds_are_scored_each_then_together()
    {
        foreach (var seed in new[] { "0", "1" })
        {
            var t = SitrepCli.Run(_corpus.Root, null, "train", "attribution", "--data", _corpus.Root, "--seed", seed, "--out", $"seed{seed}.model");
            t.ExitCode.Should().Be(0, t.Stderr);
        }
        var r = SitrepCli.Run(_corpus.Root, null, "eval", "attribution", "--data", _corpus.Root, "--split", "train", "--model", "seed0.model", "--model", "seed1.model");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Lines.Count(l => l.StartsWith("model seed")).Should().Be(2);
        r.Lines.Count(l => l.StartsWith("content  precision")).Should().Be(2);
        r.Lines.Should().ContainSingle(l => l.StartsWith("over 2 models: content F1 mean"));
    }

    [Fact]
    public void One_model_is_reported_without_a_spread()
    {
        var r = SitrepCli.Run(_corpus.Root, null, "eval", "attribution", "--data", _corpus.Root, "--split", "train");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Lines.Should().NotContain(l => l.StartsWith("over ") || l.StartsWith("model "));
    }

    [Fact]
    public void The_spread_gives_mean_sample_deviation_and_range()
    {
        // F1 = hits / 100 when predicted = gold = 100; source accuracy = source hits / hits.
        var scores = new[] { new AttributionScore(1, 100, 100, 70, 63, 1), new AttributionScore(1, 100, 100, 74, 74, 1), new AttributionScore(1, 100, 100, 72, 36, 1) };
        EvalAttributionCommand.Spread(scores).Should().Be("over 3 models: content F1 mean 0.720 (sd 0.020, 0.700 to 0.740); source accuracy mean 0.800 (sd 0.265)");
    }

    public void Dispose() => _corpus.Dispose();
}
