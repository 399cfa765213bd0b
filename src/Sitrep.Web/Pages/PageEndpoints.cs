using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Web.Api;
using Sitrep.Web.Views;

namespace Sitrep.Web.Pages;

/// <summary>The server-rendered pages. Each is built from the same views the API serves.</summary>
public static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/", (HttpRequest r, WorkbenchData data) =>
            Html(SearchPage.Render(data.Search(QueryParameters.From(r), withFacets: true), data.DocumentCount())));

        pages.MapGet("/documents/{id}", (string id, WorkbenchData data) =>
        {
            var d = data.Document(id);
            if (d is null) return NotFound($"No document with id {id}.");
            return Html(DocumentPage.Render(d, data.Store.Removed(d.Id), data.Store.StoriesOf(d.Id), data.Store.LinksOf(d.Id).Count));
        });

        pages.MapGet("/entities/{key}", (string key, WorkbenchData data) => Html(EntityPlacePages.Entity(data.Entity(key))));
        pages.MapGet("/places/{name}", (string name, WorkbenchData data) => Html(EntityPlacePages.Place(data.Place(name))));
        pages.MapGet("/map", (HttpRequest r) => Html(MapTimelinePages.Map(QueryParameters.From(r))));
        pages.MapGet("/timeline", (HttpRequest r, WorkbenchData data) =>
        {
            var q = QueryParameters.From(r, WorkbenchData.SampleSize);
            return Html(MapTimelinePages.Timeline(data.Timeline(q), q));
        });
        pages.MapGet("/trace/{id}", (string id, WorkbenchData data) =>
            data.Trace(id) is { } trace ? Html(TraceStoryPages.Trace(trace)) : NotFound($"No document with id {id}."));
        pages.MapGet("/stories", (WorkbenchData data) => Html(TraceStoryPages.Stories(data.Stories())));
        pages.MapGet("/stories/{id}", (string id, WorkbenchData data) =>
            data.Story(id) is { } story ? Html(TraceStoryPages.Story(story)) : NotFound($"No story with id {id}."));
    }

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");

    private static IResult NotFound(string message) =>
        Results.Content(Layout.Page("Not found", w => w.Append($"<h1>Not found</h1><p>{message}</p>")), "text/html; charset=utf-8", statusCode: 404);
}
