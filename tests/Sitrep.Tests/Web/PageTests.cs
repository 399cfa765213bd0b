using System.Net;
using AngleSharp.Html.Parser;

namespace Sitrep.Tests.Web;

/// <summary>The server-rendered pages: what they show, and that scraped text reaches them only escaped.</summary>
public sealed class PageTests : IClassFixture<WebStore>, IDisposable
{
    private readonly WebStore _store;
    private readonly WorkbenchFactory _factory;
    private readonly HttpClient _client;

    public PageTests(WebStore store)
    {
        _store = store;
        _factory = new WorkbenchFactory(store.DbPath);
        _client = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    private IEnumerable<string> Pages() =>
    [
        "/", "/?q=Palmyra", "/?q=Palmyra&outlet=Echo%20Daily", "/?q=payload", $"/documents/{_store.Hostile}", $"/documents/{_store.Annotated}",
        $"/documents/{_store.Original}", "/entities/Igor%20Konashenkov", "/places/Tadmur", "/map", "/map?q=Palmyra", "/timeline", "/timeline?q=Palmyra",
        $"/trace/{_store.Echo}", $"/trace/{_store.Annotated}", "/stories", $"/stories/{WebStore.StoryId}",
        "/entities/" + Uri.EscapeDataString(WebStore.Payloads[1]), "/places/" + Uri.EscapeDataString(WebStore.Payloads[0]),
        "/?q=" + Uri.EscapeDataString(WebStore.Payloads[2]),
    ];

    [Fact]
    public async Task Every_page_renders_and_no_payload_reaches_it_unescaped()
    {
        foreach (var url in Pages())
        {
            var response = await _client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
            var html = await response.Content.ReadAsStringAsync();
            foreach (var payload in WebStore.Payloads)
                html.Should().NotContain(payload, url);
            // Parsed as a browser parses it: the only elements are ours, no handler attribute, no inline script or style.
            var dom = new HtmlParser().ParseDocument(html);
            dom.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).Should().BeEmpty(url);
            dom.QuerySelectorAll("script").Should().OnlyContain(s => s.HasAttribute("src") && s.TextContent.Length == 0, url);
            dom.QuerySelectorAll("iframe, img, svg:not(.bars), object, embed, style, [style]").Should().BeEmpty(url);
            dom.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Should().OnlyContain(h => h.StartsWith('/') || h.StartsWith("http"), url);
        }
    }

    [Fact]
    public async Task The_hostile_page_shows_its_payloads_as_text()
    {
        var html = await _client.GetStringAsync($"/documents/{_store.Hostile}");
        html.Should().Contain("&lt;script&gt;window.__sitrep_xss=&#x27;script&#x27;");
        html.Should().Contain("&lt;img src=x onerror=&quot;window.__sitrep_xss");
    }

    [Fact]
    public async Task The_document_page_draws_every_layer_keeps_comments_apart_and_removed_chrome_on_demand()
    {
        var html = await _client.GetStringAsync($"/documents/{_store.Annotated}");
        html.Should().Contain("class=\"event speaker ent ent-PERSON\"").And.Contain("href=\"/entities/Igor%20Konashenkov\"");
        html.Should().Contain("<span class=\"event claim\"");
        html.Should().Contain("class=\"event place\"").And.Contain("href=\"/places/Tadmur\"");
        html.Should().Contain("<span class=\"etype\">AIR_STRIKE</span>").And.Contain("more than 80 militants killed");
        html.Should().Contain("<section class=\"comments\"><h2>Reader comments (1)</h2>");
        html.Should().Contain("<details class=\"removed\"><summary>Removed page chrome (1 blocks)</summary>").And.Contain("share widget");
        // A scraped javascript: address is never a link.
        html.Should().NotContain("javascript:");
    }

    [Fact]
    public async Task The_search_page_highlights_matches_and_offers_facets_that_narrow()
    {
        var html = await _client.GetStringAsync("/?q=convoys");
        html.Should().Contain("<mark>convoys</mark>");
        html.Should().Contain("<h3>Outlet</h3>").And.Contain("<h3>Entity</h3>").And.Contain("<h3>Place</h3>").And.Contain("<h3>Month</h3>");
        html.Should().Contain("href=\"/?q=convoys&amp;outlet=Echo%20Daily\"");
    }

    [Fact]
    public async Task The_trace_page_tells_first_carrier_echo_and_independent_apart()
    {
        var html = await _client.GetStringAsync($"/trace/{_store.Echo}");
        html.Should().Contain("<li class=\"carrier first-carrier\">").And.Contain("<li class=\"carrier later-carrier\">").And.Contain("<li class=\"carrier independent\">");
        html.Should().Contain("<del>MOSCOW, May 25 (Example Wire) -</del>");
    }

    [Fact]
    public async Task Unknown_documents_and_stories_are_404_pages()
    {
        (await _client.GetAsync("/documents/0000000000000000")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.GetAsync("/stories/none")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
