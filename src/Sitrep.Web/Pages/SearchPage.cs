using Sitrep.Store;
using Sitrep.Web.Views;

namespace Sitrep.Web.Pages;

/// <summary>GET / : the search box, hits with highlighted snippets, and facets that narrow the query.</summary>
public static class SearchPage
{
    public static string Render(SearchView view, long documents)
    {
        var q = view.Query;
        var text = q.Text == "*" ? "" : q.Text;
        return Layout.Page(text.Length > 0 ? text : "Search", w =>
        {
            w.Append($"""
                <form class="search" action="/" method="get" role="search">
                <input type="search" name="q" value="{text}" placeholder="Search {documents} documents (words, &quot;phrases&quot;, prefix*, -exclude)" autofocus>
                """);
            foreach (var (name, value) in Filters(q))
                w.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{value}\">");
            w.Append($"<button type=\"submit\">Search</button></form>");

            var active = Filters(q).ToList();
            if (active.Count > 0)
            {
                w.Append($"<p class=\"filters\">Filtered by ");
                foreach (var (name, value) in active)
                    w.Append($"<a class=\"chip\" title=\"remove this filter\" href=\"{Url(q, name, null)}\">{name}: {value} ✕</a> ");
                w.Append($"</p>");
            }

            w.Append($"<div class=\"columns\"><section class=\"hits\">");
            if (view.Hits.Count == 0) w.Append($"<p class=\"empty\">No documents match.</p>");
            w.Append($"<ol class=\"hits\">");
            foreach (var h in view.Hits)
            {
                w.Append($"<li class=\"hit\"><a class=\"title\" href=\"{Links.Document(h.Id)}\">{h.Title ?? "(untitled)"}</a>");
                w.Append($"<div class=\"meta\">{h.Outlet ?? "unknown outlet"} · {h.Published ?? "undated"} · <a href=\"{Links.Trace(h.Id)}\">trace</a></div><p class=\"snippet\">");
                Fragments.Snippet(w, h.Snippet, h.Highlights);
                w.Append($"</p></li>");
            }
            w.Append($"</ol></section>");

            if (view.Facets is { } f)
            {
                w.Append($"<aside class=\"facets\"><p class=\"meta\">Counted over the best {f.Sampled} matches.</p>");
                Facet(w, q, "Outlet", "outlet", f.Outlets);
                Facet(w, q, "Month", "from", f.Months);
                Facet(w, q, "Entity", "entity", f.Entities);
                Facet(w, q, "Place", "place", f.Places);
                Facet(w, q, "Event type", "event_type", f.EventTypes);
                w.Append($"</aside>");
            }
            w.Append($"</div>");
        });
    }

    private static void Facet(HtmlWriter w, SearchQuery q, string title, string parameter, IReadOnlyList<FacetCount> counts)
    {
        if (counts.Count == 0) return;
        w.Append($"<section class=\"facet\"><h3>{title}</h3><ul>");
        foreach (var c in counts)
        {
            if (c.Value == "(unknown)") { w.Append($"<li><span>{c.Value}</span> <span class=\"n\">{c.Count}</span></li>"); continue; }
            // A month narrows to that month: from=YYYY-MM and to=YYYY-MM (the store compares by prefix).
            var url = parameter == "from" ? Url(Url(q, "from", c.Value), "to", c.Value) : Url(q, parameter, c.Value);
            w.Append($"<li><a href=\"{url}\">{c.Value}</a> <span class=\"n\">{c.Count}</span></li>");
        }
        w.Append($"</ul></section>");
    }

    private static IEnumerable<(string Name, string Value)> Filters(SearchQuery q)
    {
        if (q.Outlet is not null) yield return ("outlet", q.Outlet);
        if (q.From is not null) yield return ("from", q.From);
        if (q.To is not null) yield return ("to", q.To);
        if (q.Entity is not null) yield return ("entity", q.Entity);
        if (q.Place is not null) yield return ("place", q.Place);
        if (q.EventType is not null) yield return ("event_type", q.EventType);
    }

    /// <summary>This query's address with one filter set (or removed when value is null).</summary>
    private static string Url(SearchQuery q, string name, string? value) => Url(QueryString(q), name, value);

    private static string Url(string current, string name, string? value)
    {
        var pairs = ParsePairs(current).Where(p => p.Name != name).ToList();
        if (value is not null) pairs.Add((name, value));
        return Links.Query("/", [.. pairs]);
    }

    private static string QueryString(SearchQuery q) =>
        Links.Query("/", [("q", q.Text == "*" ? null : q.Text), .. Filters(q).Select(f => (f.Name, (string?)f.Value))]);

    private static IEnumerable<(string Name, string? Value)> ParsePairs(string url)
    {
        var i = url.IndexOf('?');
        if (i < 0) yield break;
        foreach (var pair in url[(i + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            yield return (Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..]));
        }
    }
}
