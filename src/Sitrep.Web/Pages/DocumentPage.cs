using Sitrep.Documents;
using Sitrep.Store;
using Sitrep.Web.Model;
using Sitrep.Web.Views;

namespace Sitrep.Web.Pages;

/// <summary>GET /documents/{id}: the clean body annotated, the layers listed beside it, comments apart, removed chrome on demand.</summary>
public static class DocumentPage
{
    public static string Render(ContractDocument d, IReadOnlyList<RemovedBlock> removed, IReadOnlyList<Story> stories, int links)
    {
        return Layout.Page(d.Title ?? "(untitled)", w =>
        {
            w.Append($"<article class=\"document\"><h1>{d.Title ?? "(untitled)"}</h1><p class=\"meta\">");
            w.Append($"<span class=\"outlet\">{d.OutletLabel}</span> · ");
            if (d.Published is { } p) w.Append($"<span title=\"{p.Evidence} (confidence {p.Confidence})\">{p.Date}</span>");
            else w.Append($"undated");
            if (d.Authors.Count > 0) w.Append($" · by {string.Join(", ", d.Authors)}");
            if (d.Language is not null) w.Append($" · {d.Language}");
            w.Append($" · {d.Source.Format}");
            if (SafeUrl(d.Source.Url) is { } url) w.Append($" · <a rel=\"noreferrer noopener\" href=\"{url}\">original</a>");
            w.Append($"</p><p class=\"actions\"><a id=\"trace-link\" href=\"{Links.Trace(d.Id)}\">Trace this document ({links} links)</a>");
            foreach (var s in stories) w.Append($" · <a href=\"{Links.Story(s.Id)}\">Story: {s.Label}</a>");
            w.Append($" · <a href=\"/api/documents/{new Markup(Uri.EscapeDataString(d.Id))}\">JSON</a></p>");
            if (d.Warnings.Count > 0)
            {
                w.Append($"<ul class=\"warnings\">");
                foreach (var warning in d.Warnings) w.Append($"<li>{warning}</li>");
                w.Append($"</ul>");
            }
            w.Append($"<p class=\"legend\"><span class=\"ent\">entity</span> <span class=\"place\">place</span> <span class=\"claim\">claim</span> <span class=\"speaker\">speaker</span> <span class=\"event\">event</span></p>");
            w.Append($"<div class=\"columns\"><section class=\"main\">");
            AnnotatedBody.Write(w, d);

            w.Append($"<section class=\"comments\"><h2>Reader comments ({d.Comments.Count})</h2>");
            if (d.Comments.Count == 0) w.Append($"<p class=\"empty\">None.</p>");
            foreach (var c in d.Comments)
                w.Append($"<div class=\"comment\"><div class=\"meta\">{c.Author ?? "anonymous"} · {c.Date ?? "undated"}</div><p>{c.Text}</p></div>");
            w.Append($"</section>");

            w.Append($"<details class=\"removed\"><summary>Removed page chrome ({removed.Count} blocks)</summary>");
            foreach (var b in removed) w.Append($"<div class=\"block\"><span class=\"reason\">{b.Reason}</span><pre>{b.Text}</pre></div>");
            if (removed.Count == 0) w.Append($"<p class=\"empty\">Nothing recorded for this document.</p>");
            w.Append($"</details></section><aside class=\"layers\">");

            w.Append($"<h2>Attributions ({d.Attributions.Count})</h2>");
            Fragments.QuoteList(w, d.Attributions.Select(a => WorkbenchData.Quote(d, a)).ToList());
            w.Append($"<h2>Events ({d.Events.Count})</h2>");
            Fragments.EventList(w, d.Events.Select(e => EventView.From(d, e)), withDocument: false);
            w.Append($"<h2>Entities ({d.Entities.Count})</h2>");
            Fragments.NamedCounts(w, Mentions(d.Entities.Select(e => e.Key)), Links.Entity);
            w.Append($"<h2>Places ({d.Places.Count})</h2>");
            Fragments.NamedCounts(w, Mentions(d.Places.Select(p => p.Name)), Links.Place);
            w.Append($"</aside></div></article>");
        });
    }

    /// <summary>Mentions per name in this document.</summary>
    private static IReadOnlyList<NamedCount> Mentions(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Select(g => new NamedCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Documents).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    /// <summary>Only http(s) addresses become links: a scraped "javascript:" URL stays text.</summary>
    internal static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;
}
