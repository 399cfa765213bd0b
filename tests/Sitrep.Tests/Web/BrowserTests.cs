using System.Text.Json;
using Sitrep.Tests.Web.Browser;
using Sitrep.Web;
using Xunit.Abstractions;

namespace Sitrep.Tests.Web;

/// <summary>
/// End to end: the workbench on Kestrel (loopback, a free port) and Debian's headless Chromium clicking
/// through it. Screenshots go to e2e-screenshots/ beside the test assembly. Skipped, with the reason, when
/// Chromium is not installed (CI installs it: .ci/run).
/// </summary>
[Collection("browser")]
public sealed class BrowserTests(WebStore store, ITestOutputHelper output) : IClassFixture<WebStore>
{
    public static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "e2e-screenshots");
    private const string NoChromium = "chromium is not installed (apt-get install -y chromium); .ci/run installs it";

    private static async Task<(Microsoft.AspNetCore.Builder.WebApplication App, string Root)> StartServerAsync(string db)
    {
        var app = WorkbenchHost.Build(new WorkbenchOptions { DbPath = db, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        return (app, app.Urls.First().TrimEnd('/'));
    }

    [SkippableFact]
    public async Task Search_then_document_then_trace_by_clicking()
    {
        Skip.If(Chromium.Executable is null, NoChromium);
        var (app, root) = await StartServerAsync(store.DbPath);
        await using var _ = app;
        await using var browser = await Chromium.StartAsync();

        await browser.NavigateAsync(root + "/?q=convoys");
        (await browser.EvaluateAsync<int>("document.querySelectorAll('li.hit').length")).Should().BeGreaterThanOrEqualTo(3);
        (await browser.EvaluateAsync<string>("document.querySelector('li.hit mark').textContent")).Should().BeEquivalentTo("convoys");
        await browser.ScreenshotAsync(Path.Combine(Screenshots, "1-search.png"));

        await browser.ClickAsync($"li.hit a.title[href='/documents/{store.Echo}']");
        (await browser.EvaluateAsync<string>("location.pathname")).Should().Be($"/documents/{store.Echo}");
        (await browser.EvaluateAsync<string>("document.querySelector('h1').textContent")).Should().Be("Moscow: convoys of terrorists wiped out near Palmyra");
        await browser.ScreenshotAsync(Path.Combine(Screenshots, "2-document.png"));

        await browser.ClickAsync("#trace-link");
        (await browser.EvaluateAsync<string>("location.pathname")).Should().Be($"/trace/{store.Echo}");
        (await browser.EvaluateAsync<string>("document.querySelector('.carrier.first-carrier').textContent")).Should().Contain("Example Wire");
        (await browser.EvaluateAsync<string>("document.querySelector('.carrier.independent').textContent")).Should().Contain("Steppe Observer");
        await browser.ScreenshotAsync(Path.Combine(Screenshots, "3-trace.png"));
        browser.Console.Should().NotContain(l => l.StartsWith("exception") || l.StartsWith("log.error") || l.StartsWith("console.error"));
    }

    [SkippableFact]
    public async Task Every_page_loads_renders_and_logs_no_error()
    {
        Skip.If(Chromium.Executable is null, NoChromium);
        var (app, root) = await StartServerAsync(store.DbPath);
        await using var _ = app;
        await using var browser = await Chromium.StartAsync();
        var pages = new (string Name, string Path, string Expect)[]
        {
            ("search", "/?q=Palmyra", "li.hit"),
            ("document", $"/documents/{store.Annotated}", ".body .claim"),
            ("entity", "/entities/Igor%20Konashenkov", "ul.quotes li"),
            ("place", "/places/Tadmur", "ul.events li"),
            ("map", "/map?q=Palmyra", "#map[data-ready=true] path.leaflet-interactive"),
            ("timeline", "/timeline", "svg.bars rect"),
            ("stories", "/stories", "ul.docs li"),
            ("story", $"/stories/{WebStore.StoryId}", ".compare .outlet"),
            ("trace", $"/trace/{store.Echo}", ".diff del"),
        };
        foreach (var (name, path, expect) in pages)
        {
            await browser.NavigateAsync(root + path);
            await WaitForAsync(browser, $"document.querySelector({JsonSerializer.Serialize(expect)}) !== null", path);
            await browser.ScreenshotAsync(Path.Combine(Screenshots, $"page-{name}.png"));
            var fcp = await browser.FirstContentfulPaintAsync();
            var weight = await browser.EvaluateAsync<double>(PageWeightScript);
            output.WriteLine($"{name,-9} first contentful paint {fcp,7:0} ms, page weight {weight / 1024,7:0.0} KiB");
            fcp.Should().BeGreaterThan(0, path);
            (await browser.EvaluateAsync<int>("window.__cspViolations.length")).Should().Be(0, path);
        }
        browser.Console.Should().NotContain(l => l.StartsWith("exception") || l.StartsWith("log.error") || l.StartsWith("console.error"));
    }

    [SkippableFact]
    public async Task Script_and_onerror_payloads_in_ingested_pages_never_run()
    {
        Skip.If(Chromium.Executable is null, NoChromium);
        var (app, root) = await StartServerAsync(store.DbPath);
        await using var _ = app;
        await using var browser = await Chromium.StartAsync();
        var pages = new[]
        {
            "/?q=payload", "/?q=witnesses", $"/documents/{store.Hostile}", $"/documents/{store.Annotated}", $"/trace/{store.Hostile}",
            "/entities/" + Uri.EscapeDataString(WebStore.Payloads[1]), "/places/" + Uri.EscapeDataString(WebStore.Payloads[1]),
            "/map?q=commenter", "/timeline?q=Palmyra",
        };
        foreach (var path in pages)
        {
            await browser.NavigateAsync(root + path);
            if (path.StartsWith("/map"))
            {
                // Open every marker's popup: their content is built in JavaScript from the API's scraped names.
                await WaitForAsync(browser, "document.querySelector('#map[data-ready=true]') !== null", path);
                await browser.EvaluateAsync<int>("document.querySelectorAll('path.leaflet-interactive').forEach(p => { p.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); p.dispatchEvent(new MouseEvent('click', { bubbles: true })); }), 0");
                await Task.Delay(300);
            }
            await Task.Delay(200);   // give a payload that would run on load (img onerror) its chance
            await browser.ScreenshotAsync(Path.Combine(Screenshots, "xss-" + string.Concat(path.Where(char.IsLetterOrDigit)).PadRight(1, 'x')[..Math.Min(24, string.Concat(path.Where(char.IsLetterOrDigit)).Length)] + ".png"));

            (await browser.EvaluateAsync<string>($"String(window.{WebStore.Marker})")).Should().Be("undefined", path);
            (await browser.EvaluateAsync<string>("document.title")).Should().NotStartWith("PWNED", path);
            (await browser.EvaluateAsync<bool>("document.body.hasAttribute('data-pwned')")).Should().BeFalse(path);
            (await browser.EvaluateAsync<int>("document.querySelectorAll('iframe, img, object, embed, body script:not([src])').length")).Should().Be(0, path);
            (await browser.EvaluateAsync<int>("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length")).Should().Be(0, path);
            // Not even an attempt the CSP had to block: the payloads never became markup.
            (await browser.EvaluateAsync<int>("window.__cspViolations.length")).Should().Be(0, path);
        }
        // The payloads were there, shown as text (the test would prove nothing if extraction had dropped them).
        await browser.NavigateAsync(root + $"/documents/{store.Hostile}");
        (await browser.EvaluateAsync<string>("document.querySelector('.body').textContent")).Should().Contain(WebStore.Payloads[0]).And.Contain(WebStore.Payloads[1]);
        await browser.NavigateAsync(root + "/map?q=commenter");
        await WaitForAsync(browser, "document.querySelector('#map[data-ready=true]') !== null", "/map");
        // Each marker's popup in turn (Leaflet opens it synchronously on click): the hostile place name is shown as text.
        var popups = await browser.EvaluateAsync<string>(
            "[...document.querySelectorAll('path.leaflet-interactive')].map(p => { p.dispatchEvent(new MouseEvent('click', { bubbles: true })); " +
            "const c = document.querySelector('.leaflet-popup-content'); return c ? c.textContent : ''; }).join('\\n')");
        popups.Should().Contain("onerror=\"window.__sitrep_xss");
        (await browser.EvaluateAsync<string>($"String(window.{WebStore.Marker})")).Should().Be("undefined");
        output.WriteLine(string.Join('\n', browser.Console));
    }

    /// <summary>Bytes over the wire for the page and everything it loaded (Resource Timing's transferSize; encoded size when cached).</summary>
    public const string PageWeightScript =
        "[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0)";

    private static async Task WaitForAsync(Chromium browser, string condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (!await browser.EvaluateAsync<bool>(condition))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what}: {condition} never became true; console: {string.Join(" | ", browser.Console)}");
            await Task.Delay(50);
        }
    }
}
