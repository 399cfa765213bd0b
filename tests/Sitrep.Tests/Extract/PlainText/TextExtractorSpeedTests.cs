using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Extract.PlainText;
using Xunit.Abstractions;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>
/// Throughput of the text path on seed-sized pages, one thread. Target: more than 2,000 pages per second per
/// core in Release. The assertion is looser (Debug builds, a shared 2-core machine) but still catches a
/// quadratic rule or a regex that backtracks; the figure is printed for the report.
/// </summary>
public class TextExtractorSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Extracts_seed_sized_pages_fast_on_one_thread()
    {
        var pages = Corpus();
        var extractor = new TextExtractor();
        // Warm up: lexicon load, regex construction, and enough calls for the tiered JIT to optimise the hot paths.
        for (int i = 0; i < 100; i++) foreach (var page in pages) extractor.Extract(page);

        // The machine is shared with other builds: time many short batches and keep the best and the median.
        // The best batch is the one least disturbed by other processes: the closest to one core's own speed.
        const int Batches = 40, Rounds = 10;
        var perSecond = new List<double>();
        long chars = pages.Sum(p => (long)p.Content.Length);
        for (int b = 0; b < Batches; b++)
        {
            var clock = Stopwatch.StartNew();
            for (int r = 0; r < Rounds; r++) foreach (var page in pages) extractor.Extract(page);
            perSecond.Add(Rounds * pages.Count / clock.Elapsed.TotalSeconds);
        }
        perSecond.Sort();
        double best = perSecond[^1], median = perSecond[Batches / 2];
        double avgChars = (double)chars / pages.Count;
        output.WriteLine($"{pages.Count} pages of {avgChars:F0} chars on average, {Batches} batches of {Rounds * pages.Count}: " +
                         $"best {best:F0} pages/s, median {median:F0} pages/s (one thread)");
#if DEBUG
        const double Floor = 250;  // unoptimised build on a loaded machine; still trips on a quadratic rule
#else
        const double Floor = 1000;
#endif
        best.Should().BeGreaterThan(Floor);
    }

    [Fact]
    public void Pathological_pages_stay_bounded()
    {
        var extractor = new TextExtractor();
        string[] hostile =
        [
            string.Concat(Enumerable.Repeat("Brad Isherwood\n\n", 5000)),
            new string('.', 200_000),
            string.Join("\n", Enumerable.Range(0, 20_000).Select(i => $"{i} points")),
            string.Concat(Enumerable.Repeat("“unclosed quote and I think you ", 20_000)),
            string.Join("\n\n", Enumerable.Repeat("Leave a Reply\n\nThe minister said the talks would continue next week in Geneva, according to the ministry.", 3000)),
        ];
        foreach (var text in hostile)
        {
            var clock = Stopwatch.StartNew();
            var doc = extractor.Extract(Pages.Text(text));
            clock.Stop();
            output.WriteLine($"{text.Length} chars: {clock.ElapsedMilliseconds} ms, body {doc.Body.Length}, comments {doc.Comments.Count}");
            clock.ElapsedMilliseconds.Should().BeLessThan(3000);
        }
    }

    private static List<DecodedPage> Corpus()
    {
        var dir = Pages.SeedsDirectory();
        if (dir is not null) return Directory.GetFiles(dir, "*.txt").Order().Select(f => Pages.Text(File.ReadAllText(f), f)).ToList();
        return new[] { SyntheticPages.CourierWithComments, SyntheticPages.RussianWithComments, SyntheticPages.CommentsWithoutMarker,
            SyntheticPages.German, SyntheticPages.Arabic }.Select(t => Pages.Text(t)).ToList();
    }
}
