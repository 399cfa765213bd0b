using Sitrep.Store;
using Sitrep.Web.Views;

namespace Sitrep.Web.Pages;

/// <summary>GET /map (Leaflet over an offline Natural Earth basemap, drawn by /js/map.js from /api/geo) and GET /timeline.</summary>
public static class MapTimelinePages
{
    public static string Map(SearchQuery q) => Layout.Page("Map", w =>
    {
        var text = q.Text == "*" ? "" : q.Text;
        w.Append($"""
            <link rel="stylesheet" href="/lib/leaflet.css">
            <form class="search" action="/map" method="get"><input type="search" name="q" value="{text}" placeholder="Which documents to map (empty: the newest)">
            <button type="submit">Map</button></form>
            <p class="meta">Places (blue, sized by documents naming them) and events (red) of the best {WorkbenchData.SampleSize} matches. Basemap: Natural Earth 1:50m, served locally.</p>
            <div id="map" data-api="{Links.Query("/api/geo", ("q", text), ("place", q.Place), ("entity", q.Entity), ("outlet", q.Outlet))}"></div>
            <p id="map-status" class="meta">Loading…</p>
            """);
    }, "/lib/leaflet.js", "/lib/topojson-client.min.js", "/js/map.js");

    public static string Timeline(TimelineView v, SearchQuery q) => Layout.Page("Timeline", w =>
    {
        var text = q.Text == "*" ? "" : q.Text;
        w.Append($"""
            <h1>Timeline</h1><h2>Documents per month (whole store)</h2>
            """);
        Fragments.MonthBars(w, v.Months);
        w.Append($"""
            <form class="search" action="/timeline" method="get"><input type="search" name="q" value="{text}" placeholder="Which documents' events (empty: the newest)">
            <button type="submit">Show events</button></form>
            <h2>Events in time ({v.Events.Count}, from {v.Sampled} documents)</h2>
            """);
        string? day = null;
        foreach (var group in v.Events.GroupBy(e => e.When!))
        {
            if (group.Key != day) w.Append($"<h3 class=\"day\">{group.Key}</h3>");
            day = group.Key;
            Fragments.EventList(w, group);
        }
        if (v.Events.Count == 0) w.Append($"<p class=\"empty\">No dated events.</p>");
    });
}
