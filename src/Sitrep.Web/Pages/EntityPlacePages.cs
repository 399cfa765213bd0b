using Sitrep.Web.Views;

namespace Sitrep.Web.Pages;

/// <summary>GET /entities/{key} and /places/{name}: mentions over time, what was said, where and with whom.</summary>
public static class EntityPlacePages
{
    public static string Entity(EntityView v) => Layout.Page(v.Key, w =>
    {
        w.Append($"<h1>{v.Key}</h1><p class=\"meta\">{string.Join(", ", v.Types)} · named in {v.Documents.Count}{(v.Documents.Count >= 100 ? "+" : "")} documents · <a href=\"{Links.Query("/", ("entity", v.Key))}\">search these</a></p>");
        w.Append($"<h2>Mentions over time</h2>");
        Fragments.MonthBars(w, v.Months);
        w.Append($"<div class=\"columns\"><section class=\"main\"><h2>What they said ({v.Said.Count})</h2>");
        Fragments.QuoteList(w, v.Said);
        w.Append($"<h2>Events they are party to ({v.Events.Count})</h2>");
        Fragments.EventList(w, v.Events.Take(100));
        w.Append($"</section><aside><h2>Where they appear</h2>");
        Fragments.NamedCounts(w, v.Places, Links.Place);
        w.Append($"<h2>Documents</h2>");
        Fragments.DocumentList(w, v.Documents.Take(50).ToList());
        w.Append($"</aside></div>");
    });

    public static string Place(PlaceView v) => Layout.Page(v.Name, w =>
    {
        w.Append($"<h1>{v.Name}</h1><p class=\"meta\">{v.Country ?? "country unknown"}");
        if (v.Lat is { } lat && v.Lon is { } lon) w.Append($" · {lat:0.###}, {lon:0.###} · <a href=\"{Links.Query("/map", ("place", v.Name))}\">on the map</a>");
        w.Append($" · named in {v.Documents.Count}{(v.Documents.Count >= 100 ? "+" : "")} documents · <a href=\"{Links.Query("/", ("place", v.Name))}\">search these</a></p>");
        w.Append($"<h2>Mentions over time</h2>");
        Fragments.MonthBars(w, v.Months);
        w.Append($"<div class=\"columns\"><section class=\"main\"><h2>Events here ({v.Events.Count})</h2>");
        Fragments.EventList(w, v.Events.Take(100));
        w.Append($"</section><aside><h2>Who appears with it</h2>");
        Fragments.NamedCounts(w, v.Entities, Links.Entity);
        w.Append($"<h2>Documents</h2>");
        Fragments.DocumentList(w, v.Documents.Take(50).ToList());
        w.Append($"</aside></div>");
    });
}
