using Sitrep.Web.Model;

namespace Sitrep.Web.Pages;

/// <summary>
/// The clean body with its standoff layers drawn in: entities, places, attributed claims (with speaker and
/// cue), event sentences. Annotations overlap freely, so the body is cut at every annotation boundary and
/// each piece becomes one flat &lt;span&gt; carrying the classes of every annotation over it: no nesting to
/// get wrong, and every piece of text goes through the encoder.
/// </summary>
public static class AnnotatedBody
{
    private sealed record Layer(int Start, int End, string Class, string Title, string? Href);

    public static void Write(HtmlWriter w, ContractDocument d)
    {
        var cp = new CodePoints(d.Body);
        var layers = Layers(d).Where(l => l.End > l.Start && l.Start >= 0 && l.Start < cp.Count).ToList();
        var cuts = new SortedSet<int> { 0, cp.Count };
        foreach (var l in layers) { cuts.Add(l.Start); cuts.Add(Math.Min(l.End, cp.Count)); }

        w.Append($"<div class=\"body\"><p>");
        int? previous = null;
        foreach (var cut in cuts)
        {
            if (previous is { } start && cut > start)
            {
                var over = layers.Where(l => l.Start <= start && l.End >= cut).ToList();
                Piece(w, cp.Slice(d.Body, start, cut), over);
            }
            previous = cut;
        }
        w.Append($"</p></div>");
    }

    private static void Piece(HtmlWriter w, string text, List<Layer> over)
    {
        var paragraphs = text.Split("\n\n");
        for (int i = 0; i < paragraphs.Length; i++)
        {
            if (i > 0) w.Append($"</p><p>");
            if (paragraphs[i].Length == 0) continue;
            if (over.Count == 0) { Lines(w, paragraphs[i]); continue; }
            var classes = string.Join(' ', over.Select(l => l.Class).Distinct());
            var title = string.Join(" | ", over.Select(l => l.Title).Distinct());
            var href = over.Select(l => l.Href).LastOrDefault(h => h is not null);
            if (href is not null) w.Append($"<a class=\"{classes}\" title=\"{title}\" href=\"{href}\">");
            else w.Append($"<span class=\"{classes}\" title=\"{title}\">");
            Lines(w, paragraphs[i]);
            w.Append($"{new Markup(href is not null ? "</a>" : "</span>")}");
        }
    }

    private static void Lines(HtmlWriter w, string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) w.Append($"<br>");
            w.Text(lines[i]);
        }
    }

    private static IEnumerable<Layer> Layers(ContractDocument d)
    {
        // Order matters only for the link a piece gets: the last layer with an address wins (places, then entities).
        foreach (var e in d.Events)
            yield return new Layer(e.Start, e.End, "event", $"event {e.Type}" + (e.Quantities.Count > 0 ? ": " + string.Join("; ", e.Quantities) : ""), null);
        foreach (var a in d.Attributions)
        {
            yield return new Layer(a.ContentStart, a.ContentEnd, "claim", $"claim by {a.Speaker} ({a.Kind})", null);
            yield return new Layer(a.SourceStart, a.SourceEnd, "speaker", $"speaker: {a.Speaker}", Links.Entity(a.Speaker));
            yield return new Layer(a.CueStart, a.CueEnd, "cue", $"cue: {a.Cue}", null);
        }
        foreach (var e in d.Entities)
            yield return new Layer(e.Start, e.End, "ent ent-" + Safe(e.Type), $"{e.Type} {e.Key}", Links.Entity(e.Key));
        foreach (var p in d.Places)
            yield return new Layer(p.Start, p.End, "place", $"place {p.Name}" + (p.Country is null ? "" : ", " + p.Country), Links.Place(p.Name));
    }

    /// <summary>A type used as a class name: letters only (the type comes from the stored JSON).</summary>
    private static string Safe(string? type) => type is null ? "OTHER" : new string(type.Where(char.IsAsciiLetter).ToArray());
}
