using System.Text.Json;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep search --said-by NAME</c>: the attributions of one speaker in the documents the store returns, read back
/// from each document's contract JSON (the store indexes speakers by canonical name; the words live in the document).
/// </summary>
public static class SaidByListing
{
    public sealed record Said(string Id, string? Title, string? Outlet, string? Published, string Kind, string Content,
        string Source, string? Canonical, string SourceType, string? Via, int ContentStart, int ContentEnd);

    public static List<Said> Collect(IDocumentStore store, IReadOnlyList<SearchHit> hits, string speaker)
    {
        var list = new List<Said>();
        foreach (var h in hits)
        {
            if (store.GetDocumentJson(h.Id) is not { } json) continue;
            using var doc = JsonDocument.Parse(json);
            if (!doc.RootElement.TryGetProperty("attributions", out var attributions)) continue;
            foreach (var a in attributions.EnumerateArray())
            {
                var canonical = a.GetProperty("source_canonical").GetString();
                if (!string.Equals(canonical, speaker, StringComparison.OrdinalIgnoreCase)) continue;
                list.Add(new Said(h.Id, h.Title, h.Outlet, h.Published, a.GetProperty("kind").GetString()!, a.GetProperty("content").GetString()!,
                    a.GetProperty("source").GetString() ?? "", canonical, a.GetProperty("source_type").GetString()!,
                    a.TryGetProperty("via", out var via) ? via.GetString() : null,
                    a.GetProperty("content_start").GetInt32(), a.GetProperty("content_end").GetInt32()));
            }
        }
        return list;
    }

    public static string Json(Said s) => JsonLine.Of(w =>
    {
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        w.WriteString("outlet", s.Outlet);
        w.WriteString("published", s.Published);
        w.WriteString("kind", s.Kind);
        w.WriteString("source", s.Source);
        w.WriteString("source_canonical", s.Canonical);
        w.WriteString("source_type", s.SourceType);
        w.WriteString("via", s.Via);
        w.WriteString("content", s.Content);
        w.WriteNumber("content_start", s.ContentStart);
        w.WriteNumber("content_end", s.ContentEnd);
    });

    public static void PrintTable(List<Said> said)
    {
        if (said.Count == 0) { AnsiConsole.MarkupLine("[grey]nothing attributed to this speaker[/]"); return; }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("date").AddColumn("outlet").AddColumn("via").AddColumn("what was said");
        foreach (var s in said)
            table.AddRow(new Text(s.Published ?? ""), new Text(s.Outlet ?? ""), new Text(s.Via ?? ""), new Text($"[{s.Kind}] {s.Content}"));
        AnsiConsole.Write(table);
    }
}
