using Sitrep.Web.Views;

namespace Sitrep.Web.Pages;

/// <summary>GET /trace/{id} (the claim trail), /stories and /stories/{id} (outlet comparison).</summary>
public static class TraceStoryPages
{
    public static string Trace(TraceView v) => Layout.Page("Trace: " + (v.Title ?? v.Id), w =>
    {
        w.Append($"<h1 id=\"trace\">Claim trail</h1><p>Of <a href=\"{Links.Document(v.Id)}\">{v.Title ?? "(untitled)"}</a></p>");
        w.Append($"<h2>Carriers</h2><p class=\"meta\">Echoes share text with this document (duplicate or reuse links), oldest first; independent reports belong to the same story without shared text.</p>");
        w.Append($"<ol class=\"carriers\">");
        foreach (var c in v.Carriers)
            w.Append($"<li class=\"carrier {new Markup(c.Role.Replace(' ', '-'))}\"><span class=\"role\">{c.Role}</span> {c.Published ?? "undated"} · {c.Outlet} · <a href=\"{Links.Document(c.Id)}\">{c.Title ?? "(untitled)"}</a>{new Markup(c.IsTraced ? " <em>(this document)</em>" : "")}</li>");
        w.Append($"</ol>");

        w.Append($"<h2>Shared passages and wording changes ({v.Links.Count})</h2>");
        if (v.Links.Count == 0) w.Append($"<p class=\"empty\">No text links recorded for this document.</p>");
        foreach (var l in v.Links)
        {
            w.Append($"<div class=\"link\"><p class=\"meta\">{l.Kind} · score {l.Score} · <a href=\"{Links.Document(l.From)}\">{Short(l.From)}</a> → <a href=\"{Links.Document(l.To)}\">{Short(l.To)}</a></p>");
            Diff(w, l.Changes);
            w.Append($"</div>");
        }

        w.Append($"<h2>Claims ({v.Claims.Count})</h2>");
        if (v.Claims.Count == 0) w.Append($"<p class=\"empty\">No attributed claims in this document.</p>");
        foreach (var claim in v.Claims)
        {
            w.Append($"<div class=\"claim-trail\"><p><a href=\"{Links.Entity(claim.Speaker)}\" class=\"speaker\">{claim.Speaker}</a>: <q>{claim.Content}</q></p><ol>");
            foreach (var c in claim.Carriers)
            {
                w.Append($"<li><span class=\"role\">{c.Relation}</span> {c.Published ?? "undated"} · {c.Outlet} · <a href=\"{Links.Document(c.Id)}\">{Short(c.Id)}</a> ");
                if (WordDiff.Identical(c.Changes)) w.Append($"<span class=\"meta\">same wording</span>");
                else Diff(w, c.Changes);
                w.Append($"</li>");
            }
            w.Append($"</ol></div>");
        }

        w.Append($"<h2>Stories</h2>");
        if (v.Stories.Count == 0) w.Append($"<p class=\"empty\">In no story.</p>");
        foreach (var s in v.Stories) w.Append($"<p><a href=\"{Links.Story(s.Id)}\">{s.Label}</a> ({s.Documents.Count} documents)</p>");
    });

    public static string Stories(IReadOnlyList<StorySummary> stories) => Layout.Page("Stories", w =>
    {
        w.Append($"<h1>Stories</h1>");
        if (stories.Count == 0) w.Append($"<p class=\"empty\">No stories recorded yet (they are built at ingest).</p>");
        w.Append($"<ul class=\"docs\">");
        foreach (var s in stories) w.Append($"<li><a href=\"{Links.Story(s.Id)}\">{s.Label}</a> <span class=\"n\">{s.Documents}</span></li>");
        w.Append($"</ul>");
    });

    public static string Story(StoryView v) => Layout.Page(v.Label, w =>
    {
        w.Append($"<h1>{v.Label}</h1><p class=\"meta\">How {v.Outlets.Count} outlets told this story: what they led with, whom they quoted, what they counted. <em>Only</em> marks what no other outlet in the story has.</p>");
        w.Append($"<div class=\"compare\">");
        foreach (var o in v.Outlets)
        {
            w.Append($"<section class=\"outlet\"><h2>{o.Outlet}</h2>");
            foreach (var d in o.Documents)
            {
                w.Append($"<h3><a href=\"{Links.Document(d.Id)}\">{d.Title ?? "(untitled)"}</a></h3><p class=\"meta\">{d.Published ?? "undated"} · <a href=\"{Links.Trace(d.Id)}\">trace</a></p><p class=\"lead\">{d.Lead}</p>");
                foreach (var warning in d.Warnings) w.Append($"<p class=\"warning\">{warning}</p>");
            }
            List(w, "Quoted", o.Speakers, o.OnlySpeakers);
            List(w, "Named", o.Entities, o.OnlyEntities);
            List(w, "Events", o.EventTypes, []);
            List(w, "Figures", o.Figures, []);
            w.Append($"</section>");
        }
        w.Append($"</div>");
    });

    private static void List(HtmlWriter w, string title, IReadOnlyList<string> values, IReadOnlyList<string> only)
    {
        w.Append($"<h4>{title}</h4>");
        if (values.Count == 0) { w.Append($"<p class=\"empty\">none</p>"); return; }
        w.Append($"<ul class=\"tags\">");
        foreach (var v in values)
            w.Append($"<li{new Markup(only.Contains(v, StringComparer.OrdinalIgnoreCase) ? " class=\"only\"" : "")}>{v}</li>");
        w.Append($"</ul>");
    }

    private static void Diff(HtmlWriter w, IReadOnlyList<DiffPart> parts)
    {
        w.Append($"<p class=\"diff\">");
        foreach (var p in parts)
        {
            var tag = p.Op switch { "added" => "ins", "removed" => "del", _ => "span" };
            w.Append($"{new Markup("<" + tag + ">")}{p.Text}{new Markup("</" + tag + ">")} ");
        }
        w.Append($"</p>");
    }

    private static string Short(string id) => id.Length > 12 ? id[..12] : id;
}
