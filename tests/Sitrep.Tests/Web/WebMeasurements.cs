using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Sitrep.Tests.Web.Browser;
using Sitrep.Web;
using Xunit.Abstractions;

namespace Sitrep.Tests.Web;

/// <summary>
/// The issue's measurements on a large store: search latency percentiles over HTTP (Kestrel on loopback),
/// and in Chromium the first contentful paint and page weight of each page. Runs only when
/// SITREP_WEB_BENCH_DB names a store (build one with: ./sitrep bench ingest --count 100000 --work-dir DIR).
/// </summary>
[Collection("browser")]
public sealed class WebMeasurements(ITestOutputHelper output)
{
    private static readonly string[] Queries =
    [
        "Syria", "Aleppo", "killed", "Russian airstrikes", "civilians", "Damascus", "rebels Idlib", "\"nerve agent\"", "Palmyra",
        "government forces", "chemical", "Raqqa", "Islamic State", "Turkey", "hospital", "children killed", "ceasefire", "Homs",
        "barrel bombs", "Deir ez-Zor", "opposition", "refugees", "Kurdish", "sarin", "negotiations",
    ];

    [SkippableFact]
    public async Task Search_latency_first_render_and_page_weight_on_a_large_store()
    {
        var db = Environment.GetEnvironmentVariable("SITREP_WEB_BENCH_DB");
        Skip.If(string.IsNullOrEmpty(db) || !File.Exists(db), "set SITREP_WEB_BENCH_DB to a store (./sitrep bench ingest --count 100000 --work-dir DIR) to measure");
        var app = WorkbenchHost.Build(new WorkbenchOptions { DbPath = db, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        await using var _ = app;
        var root = app.Urls.First().TrimEnd('/');
        using var http = new HttpClient { BaseAddress = new Uri(root) };
        var stats = await http.GetFromJsonAsync<JsonElement>("/api/stats");
        Report($"store: {stats.GetProperty("documents").GetInt64():N0} documents ({new FileInfo(db).Length / 1048576.0:0} MB)");

        foreach (var (label, suffix) in new[] { ("api/search limit=20", ""), ("api/search limit=20 + facets", "&facets=1") })
        {
            var times = new List<double>();
            foreach (var q in Queries) await http.GetStringAsync($"/api/search?q={Uri.EscapeDataString(q)}&limit=20{suffix}");   // warm-up
            for (int round = 0; round < 8; round++)
                foreach (var q in Queries)
                {
                    var clock = Stopwatch.StartNew();
                    var body = await http.GetStringAsync($"/api/search?q={Uri.EscapeDataString(q)}&limit=20{suffix}");
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    body.Should().Contain("\"hits\"");
                }
            times.Sort();
            Report($"{label,-30} n={times.Count} p50 {Percentile(times, 0.50),6:0.0} ms  p95 {Percentile(times, 0.95),6:0.0} ms  max {times[^1],6:0.0} ms");
        }

        Skip.If(Chromium.Executable is null, "chromium not installed: latency measured, page timings skipped");
        var firstId = (await http.GetFromJsonAsync<JsonElement>("/api/search?q=Palmyra&limit=1")).GetProperty("hits")[0].GetProperty("id").GetString()!;
        await using var browser = await Chromium.StartAsync();
        foreach (var (name, path) in new[]
                 {
                     ("search", "/?q=Palmyra"), ("document", $"/documents/{firstId}"), ("entity", "/entities/Syria"), ("place", "/places/Aleppo"),
                     ("map", "/map?q=Aleppo"), ("timeline", "/timeline?q=Aleppo"), ("trace", $"/trace/{firstId}"),
                 })
        {
            var clock = Stopwatch.StartNew();
            await browser.NavigateAsync(root + path);
            var loaded = clock.Elapsed.TotalMilliseconds;
            if (name == "map")
                while (!await browser.EvaluateAsync<bool>("document.querySelector('#map[data-ready=true]') !== null") && clock.Elapsed.TotalSeconds < 30) await Task.Delay(50);
            var fcp = await browser.FirstContentfulPaintAsync();
            var ttfb = await browser.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].responseStart");
            var weight = await browser.EvaluateAsync<double>(BrowserTests.PageWeightScript);
            await browser.ScreenshotAsync(Path.Combine(BrowserTests.Screenshots, $"large-{name}.png"));
            Report($"{name,-9} first byte {ttfb,6:0} ms  first contentful paint {fcp,6:0} ms  load {loaded,6:0} ms  weight {weight / 1024,7:0.0} KiB" +
                   (name == "map" ? $"  (map ready {clock.Elapsed.TotalMilliseconds:0} ms)" : ""));
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private void Report(string line)
    {
        output.WriteLine(line);
        Directory.CreateDirectory(BrowserTests.Screenshots);
        File.AppendAllText(Path.Combine(BrowserTests.Screenshots, "measurements.txt"), line + "\n");
    }
}
