using Sitrep.Store;
using Sitrep.Web.Model;
using Sitrep.Web.Views;

namespace Sitrep.Web.Pages;

/// <summary>Pieces several pages share: document lists, event and quote lists, month bars, highlighted snippets.</summary>
public static class Fragments
{
    public static void DocumentList(HtmlWriter w, IReadOnlyList<DocumentSummary> docs)
    {
        if (docs.Count == 0) { w.Append($"<p class=\"empty\">No documents.</p>"); return; }
        w.Append($"<ol class=\"docs\">");
        foreach (var d in docs)
            w.Append($"<li><a href=\"{Links.Document(d.Id)}\">{d.Title ?? "(untitled)"}</a> <span class=\"meta\">{d.Outlet ?? "unknown outlet"} · {d.Published ?? "undated"}</span></li>");
        w.Append($"</ol>");
    }

    public static void EventList(HtmlWriter w, IEnumerable<EventView> events, bool withDocument = true)
    {
        var any = false;
        w.Append($"<ul class=\"events\">");
        foreach (var e in events)
        {
            any = true;
            w.Append($"<li class=\"event-item\"><span class=\"etype\">{e.Type}</span> <span class=\"meta\">{e.When ?? "undated"}</span>");
            if (e.Place is not null) w.Append($" at <a href=\"{Links.Place(e.Place)}\">{e.Place}</a>");
            if (e.Figures.Count > 0) w.Append($" <span class=\"figures\">{string.Join("; ", e.Figures)}</span>");
            if (e.Actors.Count > 0) w.Append($" <span class=\"meta\">by {string.Join(", ", e.Actors)}</span>");
            if (e.Targets.Count > 0) w.Append($" <span class=\"meta\">against {string.Join(", ", e.Targets)}</span>");
            if (e.AttributedTo is not null) w.Append($" <span class=\"meta\">(according to {e.AttributedTo})</span>");
            if (e.Sentence is not null) w.Append($"<blockquote>{e.Sentence}</blockquote>");
            if (withDocument) w.Append($"<a class=\"src\" href=\"{Links.Document(e.DocumentId)}\">{e.Title ?? "(untitled)"}</a> <span class=\"meta\">{e.Outlet}</span>");
            w.Append($"</li>");
        }
        w.Append($"</ul>");
        if (!any) w.Append($"<p class=\"empty\">No events.</p>");
    }

    public static void QuoteList(HtmlWriter w, IReadOnlyList<QuoteView> quotes)
    {
        if (quotes.Count == 0) { w.Append($"<p class=\"empty\">No attributed statements.</p>"); return; }
        w.Append($"<ul class=\"quotes\">");
        foreach (var q in quotes)
            w.Append($"""
                <li><span class="speaker"><a href="{Links.Entity(q.Speaker)}">{q.Speaker}</a></span> <span class="cue">{q.Cue}</span>
                <q>{q.Content}</q> <span class="meta">{q.Kind} · <a href="{Links.Document(q.DocumentId)}">{q.Title ?? "(untitled)"}</a> · {q.Outlet} · {q.Published ?? "undated"}</span></li>
                """);
        w.Append($"</ul>");
    }

    public static void NamedCounts(HtmlWriter w, IReadOnlyList<NamedCount> counts, Func<string, string> link)
    {
        if (counts.Count == 0) { w.Append($"<p class=\"empty\">None.</p>"); return; }
        w.Append($"<ul class=\"counts\">");
        foreach (var c in counts) w.Append($"<li><a href=\"{link(c.Name)}\">{c.Name}</a> <span class=\"n\">{c.Documents}</span></li>");
        w.Append($"</ul>");
    }

    /// <summary>A bar per month as SVG (presentation attributes, no inline style: the CSP forbids style attributes).</summary>
    public static void MonthBars(HtmlWriter w, IReadOnlyList<MonthCount> months)
    {
        if (months.Count == 0) { w.Append($"<p class=\"empty\">No dated documents.</p>"); return; }
        const int barWidth = 14, height = 120;
        long max = Math.Max(1, months.Max(m => m.Documents));
        int width = months.Count * barWidth;
        w.Append($"<svg class=\"bars\" role=\"img\" aria-label=\"documents per month\" viewBox=\"0 0 {width} {height + 40}\" width=\"{Math.Max(width, 200)}\" height=\"{height + 40}\">");
        for (int i = 0; i < months.Count; i++)
        {
            var m = months[i];
            int h = (int)Math.Max(1, m.Documents * height / max);
            w.Append($"<g><title>{m.Month}: {m.Documents} documents</title><rect x=\"{i * barWidth + 1}\" y=\"{height - h}\" width=\"{barWidth - 2}\" height=\"{h}\"></rect></g>");
            if (i % Math.Max(1, months.Count / 8) == 0)
                w.Append($"<text x=\"{i * barWidth}\" y=\"{height + 14}\">{m.Month}</text>");
        }
        w.Append($"</svg>");
    }

    /// <summary>The snippet with its matches in &lt;mark&gt;; highlight ranges are code points of the snippet.</summary>
    public static void Snippet(HtmlWriter w, string snippet, IReadOnlyList<int[]> highlights)
    {
        var cp = new CodePoints(snippet);
        int at = 0;
        foreach (var h in highlights.Where(h => h.Length == 2).OrderBy(h => h[0]))
        {
            int start = Math.Max(at, h[0]), end = Math.Max(start, h[1]);
            w.Text(cp.Slice(snippet, at, start));
            w.Append($"<mark>{cp.Slice(snippet, start, end)}</mark>");
            at = end;
        }
        w.Text(cp.Slice(snippet, at, cp.Count));
    }
}
