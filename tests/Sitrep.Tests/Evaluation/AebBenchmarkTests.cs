using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

/// <summary>Regression guard on the real Article Extraction Benchmark pages when ../shared/data is present
/// (a fresh clone has none: the test then passes without measuring).</summary>
public class AebBenchmarkTests
{
    private static string? DataDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "extraction-aeb");
            if (AebDataset.Exists(candidate)) return candidate;
        }
        return null;
    }

    [Fact]
    public void Sitrep_scores_above_the_published_extractors_on_the_dev_pages()
    {
        if (DataDir() is not { } dir) return;
        var summary = ExtractionBenchmark.Run(ExtractionSystem.Sitrep(), AebDataset.Load(dir).Pages, warmUp: false);
        summary.Pages.Should().BeGreaterThan(50);
        summary.Results.Should().OnlyContain(r => r.Error == null);
        summary.F1.Should().BeGreaterThan(0.975);
    }
}
