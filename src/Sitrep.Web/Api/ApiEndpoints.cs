using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Store;
using Sitrep.Web.Views;

namespace Sitrep.Web.Api;

/// <summary>
/// The read-only JSON API (README "HTTP API"). Field names are snake_case like the contract;
/// <c>/api/documents/{id}</c> returns the contract document object exactly as stored.
/// </summary>
public static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/api", () => Results.Json(new
        {
            endpoints = new[]
            {
                "/api/search?q=&limit=&outlet=&from=&to=&entity=&place=&event_type=&facets=1",
                "/api/stats", "/api/documents?limit=&offset=", "/api/documents/{id}", "/api/documents/{id}/removed",
                "/api/entities/{key}", "/api/places/{name}", "/api/attributions?speaker=&q=", "/api/events?q=&event_type=",
                "/api/geo?q=", "/api/timeline?q=", "/api/links?document={id}", "/api/stories", "/api/stories/{id}", "/api/trace/{id}",
            },
        }));

        api.MapGet("/api/search", (HttpRequest r, WorkbenchData data) =>
        {
            var view = data.Search(QueryParameters.From(r), QueryParameters.Flag(r, "facets"));
            return Results.Json(new { query = view.Query.Text, hits = view.Hits, facets = view.Facets });
        });

        api.MapGet("/api/stats", (IDocumentStore store) =>
        {
            var s = store.Stats();
            return Results.Json(new { documents = s.Documents, errors = s.Errors, outlets = s.ByOutlet.Select(o => new { outlet = o.Outlet, documents = o.Documents }) });
        });

        api.MapGet("/api/documents", (IDocumentStore store, int? limit, int? offset) =>
            Results.Json(new { documents = store.List(Math.Clamp(limit ?? 50, 1, 500), Math.Max(0, offset ?? 0)) }));

        api.MapGet("/api/documents/{id}", (string id, IDocumentStore store) =>
            store.GetDocumentJson(id) is { } json ? Results.Text(json, "application/json; charset=utf-8") : NotFound("document", id));

        api.MapGet("/api/documents/{id}/removed", (string id, WorkbenchData data) =>
            data.Document(id) is { } d
                ? Results.Json(new { id = d.Id, removed = data.Store.Removed(d.Id).Select(b => new { reason = b.Reason, text = b.Text }) })
                : NotFound("document", id));

        api.MapGet("/api/entities/{key}", (string key, WorkbenchData data) => Results.Json(data.Entity(key)));
        api.MapGet("/api/places/{name}", (string name, WorkbenchData data) => Results.Json(data.Place(name)));

        api.MapGet("/api/attributions", (HttpRequest r, WorkbenchData data, string? speaker) =>
            Results.Json(new { attributions = data.Attributions(QueryParameters.From(r, WorkbenchData.SampleSize), speaker) }));
        api.MapGet("/api/events", (HttpRequest r, WorkbenchData data) =>
            Results.Json(new { events = data.Events(QueryParameters.From(r, WorkbenchData.SampleSize)) }));
        api.MapGet("/api/geo", (HttpRequest r, WorkbenchData data) => Results.Json(data.Geo(QueryParameters.From(r, WorkbenchData.SampleSize))));
        api.MapGet("/api/timeline", (HttpRequest r, WorkbenchData data) => Results.Json(data.Timeline(QueryParameters.From(r, WorkbenchData.SampleSize))));

        api.MapGet("/api/links", (IDocumentStore store, string? document) =>
            Results.Json(new { links = (document is null ? store.Links().Take(1000) : store.LinksOf(document)).Select(LinkJson) }));

        api.MapGet("/api/stories", (WorkbenchData data) => Results.Json(new { stories = data.Stories() }));
        api.MapGet("/api/stories/{id}", (string id, WorkbenchData data) =>
            data.Story(id) is { } story ? Results.Json(story) : NotFound("story", id));

        api.MapGet("/api/trace/{id}", (string id, WorkbenchData data) =>
            data.Trace(id) is { } trace ? Results.Json(trace) : NotFound("document", id));

        api.MapGet("/api/{**rest}", (string rest) => Results.Json(new { error = "no such endpoint; see /api" }, statusCode: StatusCodes.Status404NotFound));
    }

    private static object LinkJson(DocumentLink l) =>
        new { kind = l.Kind, a = l.A, b = l.B, a_start = l.AStart, a_end = l.AEnd, b_start = l.BStart, b_end = l.BEnd, score = l.Score };

    private static IResult NotFound(string what, string id) =>
        Results.Json(new { error = $"no {what} with id {id}" }, statusCode: StatusCodes.Status404NotFound);
}
