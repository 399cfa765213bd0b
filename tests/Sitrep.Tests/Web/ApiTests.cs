using Sitrep.Tests.Places;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Sitrep.Web.Security;

namespace Sitrep.Tests.Web;

public sealed class ApiTests : IClassFixture<WebStore>, IDisposable
{
    private readonly WebStore _store;
    private readonly WorkbenchFactory _factory;
    private readonly HttpClient _client;

    public ApiTests(WebStore store)
    {
        _store = store;
        _factory = new WorkbenchFactory(store.DbPath);
        _client = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> Json(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }

    [Fact]
    public async Task Search_returns_the_contract_hits_with_snippets_and_highlight_ranges()
    {
        var json = await Json("/api/search?q=convoys&limit=5");
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        hits.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(5);
        var ids = hits.Select(h => h.GetProperty("id").GetString()).ToList();
        ids.Should().Contain([_store.Original, _store.Echo]);
        foreach (var hit in hits)
        {
            hit.GetProperty("title").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            // A document matched only by its title has a body snippet without highlights.
            var snippet = hit.GetProperty("snippet").GetString()!;
            foreach (var range in hit.GetProperty("highlights").EnumerateArray())
                snippet.Substring(range[0].GetInt32(), range[1].GetInt32() - range[0].GetInt32()).Should().BeEquivalentTo("convoys");
        }
        hits.Single(h => h.GetProperty("id").GetString() == _store.Original).GetProperty("highlights").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Search_facets_count_outlets_months_entities_places_and_narrow_the_query()
    {
        var json = await Json("/api/search?q=Palmyra&facets=1");
        var facets = json.GetProperty("facets");
        facets.GetProperty("outlets").EnumerateArray().Select(f => f.GetProperty("value").GetString()).Should().Contain("Echo Daily");
        facets.GetProperty("months").EnumerateArray().Select(f => f.GetProperty("value").GetString()).Should().Contain("2017-05");
        facets.GetProperty("places").EnumerateArray().Select(f => f.GetProperty("value").GetString()).Should().Contain("Tadmur");
        facets.GetProperty("event_types").EnumerateArray().Select(f => f.GetProperty("value").GetString()).Should().Contain("AIR_STRIKE");

        var narrowed = await Json("/api/search?q=Palmyra&outlet=Echo%20Daily");
        narrowed.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Should().Equal(_store.Echo);
        var byEvent = await Json("/api/search?q=Palmyra&event_type=AIR_STRIKE");
        byEvent.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Should().Equal(_store.Annotated);
        var byMonth = await Json("/api/search?q=*&from=2017-06&to=2017-06");
        byMonth.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Should().Equal(_store.Hostile);
    }

    [Fact]
    public async Task A_document_is_the_contract_object_by_id_or_prefix_and_404_when_unknown()
    {
        var doc = await Json($"/api/documents/{_store.Original}");
        doc.GetProperty("schema").GetInt32().Should().Be(1);
        doc.GetProperty("id").GetString().Should().Be(_store.Original);
        doc.GetProperty("body").GetString().Should().StartWith("MOSCOW, May 25");
        foreach (var field in new[] { "source", "outlet", "language", "title", "authors", "published", "comments", "entities", "places", "attributions", "events", "warnings" })
            doc.TryGetProperty(field, out _).Should().BeTrue(field);
        (await Json($"/api/documents/{_store.Original[..8]}")).GetProperty("id").GetString().Should().Be(_store.Original);

        var missing = await _client.GetAsync("/api/documents/ffffffffffff");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().Should().Contain("ffffffffffff");
    }

    [Fact]
    public async Task Removed_chrome_is_served_apart_from_the_document()
    {
        var json = await Json($"/api/documents/{_store.Annotated}/removed");
        var block = json.GetProperty("removed")[0];
        block.GetProperty("reason").GetString().Should().Be("share widget");
        block.GetProperty("text").GetString().Should().StartWith("Share on Facebook");
    }

    [GazetteerFact]
    public async Task Entity_and_place_views_gather_quotes_events_and_mentions_over_time()
    {
        var entity = await Json("/api/entities/Igor%20Konashenkov");
        entity.GetProperty("said")[0].GetProperty("content").GetString().Should().Be("more than 80 militants were killed");
        entity.GetProperty("months")[0].GetProperty("month").GetString().Should().Be("2017-05");
        entity.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Contain("Tadmur");

        var place = await Json("/api/places/Tadmur");
        place.GetProperty("lat").GetDouble().Should().BeApproximately(34.56, 0.01);
        place.GetProperty("events")[0].GetProperty("type").GetString().Should().Be("AIR_STRIKE");
        place.GetProperty("events")[0].GetProperty("figures")[0].GetString().Should().Be("more than 80 militants killed");
        place.GetProperty("documents").GetArrayLength().Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task Attributions_events_geo_and_timeline_list_what_the_sample_holds()
    {
        var quotes = await Json("/api/attributions?speaker=Igor%20Konashenkov");
        quotes.GetProperty("attributions").GetArrayLength().Should().Be(1);
        var events = await Json("/api/events?q=Palmyra&event_type=AIR_STRIKE");
        events.GetProperty("events")[0].GetProperty("attributed_to").GetString().Should().Be("Russian Defence Ministry");
        var geo = await Json("/api/geo?q=Palmyra");
        geo.GetProperty("places").EnumerateArray().Should().Contain(p => p.GetProperty("name").GetString() == "Tadmur");
        geo.GetProperty("events").GetArrayLength().Should().Be(1);
        var timeline = await Json("/api/timeline");
        timeline.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()).Should().Equal("2017-05", "2017-06");
        timeline.GetProperty("events")[0].GetProperty("date").GetString().Should().Be("2017-05-25");
    }

    [Fact]
    public async Task Trace_names_the_first_carrier_the_echo_the_independent_report_and_the_wording_changes()
    {
        var trace = await Json($"/api/trace/{_store.Echo}");
        var carriers = trace.GetProperty("carriers").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("role").GetString());
        carriers[_store.Original].Should().Be("first carrier");
        carriers[_store.Echo].Should().Be("later carrier");
        carriers[_store.Independent].Should().Be("independent");
        var changes = trace.GetProperty("links")[0].GetProperty("changes").EnumerateArray()
            .Select(c => (Op: c.GetProperty("op").GetString(), Text: c.GetProperty("text").GetString())).ToList();
        changes.Should().Contain(c => c.Op == "removed" && c.Text!.Contains("MOSCOW"));
        changes.Should().Contain(c => c.Op == "same" && c.Text!.Contains("Russian aircraft destroyed two convoys"));

        (await _client.GetAsync("/api/trace/0000000000000000")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stories_compare_how_each_outlet_told_the_story()
    {
        var list = await Json("/api/stories");
        list.GetProperty("stories")[0].GetProperty("documents").GetInt32().Should().Be(3);
        var story = await Json($"/api/stories/{WebStore.StoryId}");
        var outlets = story.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()).ToList();
        outlets.Should().Equal("Example Wire", "Echo Daily", "Steppe Observer");
        story.GetProperty("outlets")[0].GetProperty("documents")[0].GetProperty("lead").GetString().Should().StartWith("MOSCOW, May 25");
        (await _client.GetAsync("/api/stories/nope")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Links_of_a_document_are_served_as_the_links_verb_prints_them()
    {
        var json = await Json($"/api/links?document={_store.Echo}");
        var link = json.GetProperty("links")[0];
        link.GetProperty("kind").GetString().Should().Be("reuse");
        link.GetProperty("a").GetString().Should().Be(_store.Original);
        link.GetProperty("b_end").GetInt32().Should().Be(150);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task The_api_is_read_only(string method)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/documents/" + _store.Original));
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo(["GET", "HEAD"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/search?q=Palmyra")]
    [InlineData("/app.css")]
    [InlineData("/nope")]
    public async Task Every_response_carries_a_strict_csp_and_nosniff(string url)
    {
        var response = await _client.GetAsync(url);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("object-src 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task Front_end_libraries_are_served_locally_from_the_npm_build()
    {
        foreach (var asset in new[] { "/lib/leaflet.js", "/lib/leaflet.css", "/lib/topojson-client.min.js", "/lib/countries-50m.json", "/js/map.js" })
        {
            var response = await _client.GetAsync(asset);
            response.StatusCode.Should().Be(HttpStatusCode.OK, asset);
            (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(1000, asset);
        }
        var map = await _client.GetStringAsync("/map");
        map.Should().Contain("src=\"/lib/leaflet.js\"").And.NotContain("http://").And.NotContain("https://");
    }

    [Fact]
    public void Listening_beyond_loopback_is_recognised()
    {
        BindingPolicy.FirstRemote("http://127.0.0.1:5080;http://localhost:5081;http://[::1]:5082").Should().BeNull();
        BindingPolicy.FirstRemote("http://127.0.0.1:5080;http://0.0.0.0:5080").Should().Be("http://0.0.0.0:5080");
        BindingPolicy.FirstRemote("http://*:5080").Should().Be("http://*:5080");
        BindingPolicy.FirstRemote("http://+:5080").Should().Be("http://+:5080");
        BindingPolicy.FirstRemote("http://192.0.2.10:5080").Should().Be("http://192.0.2.10:5080");
    }

    [Fact]
    public async Task With_a_token_requests_without_it_are_refused_and_a_browser_gets_a_cookie()
    {
        using var factory = new WorkbenchFactory(_store.DbPath, token: "s3cret-token");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        (await client.GetAsync("/api/search?q=Palmyra")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/search?q=Palmyra&token=wrong")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=Palmyra");
        bearer.Headers.Authorization = new("Bearer", "s3cret-token");
        (await client.SendAsync(bearer)).StatusCode.Should().Be(HttpStatusCode.OK);

        var first = await client.GetAsync("/?q=Palmyra&token=s3cret-token");
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().Should().Be("/?q=Palmyra");
        var cookie = first.Headers.GetValues("Set-Cookie").Single();
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
        var withCookie = new HttpRequestMessage(HttpMethod.Get, "/?q=Palmyra");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        (await client.SendAsync(withCookie)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
