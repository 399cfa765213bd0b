using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

public sealed class ExtractionBenchmarkTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-aeb-" + Guid.NewGuid().ToString("N"));

    public ExtractionBenchmarkTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "html"));
        var story = "The army took the city on Friday after a week of fighting, officials said. " +
                    "Residents described heavy shelling, and aid groups asked for a pause so that civilians could leave. " +
                    "The ministry said the operation would continue until the last fighters surrendered or left the area.";
        WriteGz("good", $"<html><body><nav><a href='/'>Home</a></nav><div class='entry-content'><p>{story}</p></div></body></html>");
        var truth = new Dictionary<string, object>
        {
            ["good"] = new { articleBody = story, url = "https://example.org/good" },
            ["missing"] = new { articleBody = "no html for this one", url = "https://example.org/missing" },
        };
        File.WriteAllText(Path.Combine(_dir, "ground-truth.json"), JsonSerializer.Serialize(truth));
    }

    private void WriteGz(string key, string html)
    {
        using var file = File.Create(Path.Combine(_dir, "html", key + ".html.gz"));
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(html));
    }

    [Fact]
    public void Dataset_pages_without_html_are_skipped_and_named()
    {
        var data = AebDataset.Load(_dir);
        data.Pages.Select(p => p.Key).Should().Equal("good");
        data.Missing.Should().Equal("missing");
    }

    [Fact]
    public void Benchmark_scores_the_extracted_body_and_times_every_page()
    {
        var data = AebDataset.Load(_dir);
        var summary = ExtractionBenchmark.Run(ExtractionSystem.Sitrep(), data.Pages, warmUp: false, rounds: 2);
        summary.Pages.Should().Be(1);
        summary.F1.Should().Be(1);
        summary.Results[0].Milliseconds.Should().BeGreaterThan(0);
        summary.PagesPerSecondPerCore.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_system_that_throws_scores_zero_and_keeps_the_error()
    {
        var data = AebDataset.Load(_dir);
        var broken = new ExtractionSystem("broken", _ => throw new InvalidOperationException("boom"));
        var summary = ExtractionBenchmark.Run(broken, data.Pages, warmUp: false);
        summary.F1.Should().Be(0);
        summary.Results[0].Error.Should().Contain("boom");
    }

    [Fact]
    public void Thread_cpu_clock_moves_forward_with_work()
    {
        double start = ThreadCpuClock.NowMilliseconds();
        double x = 0;
        for (int i = 0; i < 5_000_000; i++) x += Math.Sqrt(i);
        ThreadCpuClock.NowMilliseconds().Should().BeGreaterThan(start);
        x.Should().BeGreaterThan(0);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
