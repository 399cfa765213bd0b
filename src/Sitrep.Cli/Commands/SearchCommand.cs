using System.CommandLine;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep search</c>: BM25-ranked full-text search with highlighted snippets and filters.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Words (all must match), \"a phrase\", prefix*, -excluded, a OR b; * lists everything (optional with --said-by).", Arity = ArgumentArity.ZeroOrOne };
        var db = DbOption.Create();
        var entity = new Option<string?>("--entity") { Description = "Only documents mentioning this entity (canonical name or knowledge-base id)." };
        var place = new Option<string?>("--place") { Description = "Only documents mentioning this place (name or GeoNames id)." };
        var outlet = new Option<string?>("--outlet") { Description = "Only documents from this outlet (name or domain)." };
        var from = new Option<string?>("--from") { Description = "Published on or after this date (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Published on or before this date (YYYY-MM-DD)." };
        var saidBy = new Option<string?>("--said-by") { Description = "What this speaker is reported to have said (canonical name, e.g. \"Sergey Lavrov\"): one line per attribution, across outlets." };
        var limit = new Option<int>("--limit") { Description = "Most hits to return.", DefaultValueFactory = _ => 20 };
        var format = new Option<string?>("--format") { Description = "jsonl for machine-readable output (the default when stdout is not a terminal), table otherwise." };
        var command = new Command("search", "Search the store.") { query, db, entity, place, outlet, from, to, limit, format, saidBy };
        command.SetAction(p =>
        {
            var q = new SearchQuery(p.GetValue(query) ?? "", p.GetValue(limit), p.GetValue(outlet), p.GetValue(from), p.GetValue(to), p.GetValue(entity), p.GetValue(place), SaidBy: p.GetValue(saidBy));
            return StoreAccess.With(p.GetValue(db)!, store =>
            {
                var hits = store.Search(q);
                bool table = p.GetValue(format) is null ? Terminal.Interactive : p.GetValue(format) == "table";
                if (q.SaidBy is not null)
                {
                    var said = SaidByListing.Collect(store, hits, q.SaidBy);
                    if (table) SaidByListing.PrintTable(said);
                    else foreach (var line in said) Console.WriteLine(SaidByListing.Json(line));
                    return ExitCodes.Ok;
                }
                if (table) PrintTable(hits);
                else foreach (var h in hits) Console.WriteLine(HitJson(h));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    public static string HitJson(SearchHit h)
    {
        return JsonLine.Of(w =>
        {
            w.WriteString("id", h.Id);
            w.WriteString("title", h.Title);
            w.WriteString("outlet", h.Outlet);
            w.WriteString("published", h.Published);
            w.WriteNumber("score", Math.Round(h.Score, 4));
            w.WriteString("snippet", h.Snippet);
            w.WriteStartArray("highlights");
            foreach (var (s, e) in h.Highlights) { w.WriteStartArray(); w.WriteNumberValue(s); w.WriteNumberValue(e); w.WriteEndArray(); }
            w.WriteEndArray();
        });
    }

    private static void PrintTable(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0) { AnsiConsole.MarkupLine("[grey]no matches[/]"); return; }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("id").AddColumn("date").AddColumn("outlet").AddColumn("title / snippet");
        foreach (var h in hits)
            table.AddRow(new Text(h.Id[..8]), new Text(h.Published ?? ""), new Text(h.Outlet ?? ""),
                new Markup($"[bold]{Markup.Escape(h.Title ?? "(untitled)")}[/]\n{Highlight(h)}"));
        AnsiConsole.Write(table);
    }

    /// <summary>Scraped text is hostile: every piece is escaped before it becomes console markup.</summary>
    private static string Highlight(SearchHit h)
    {
        var text = h.Snippet;
        var sb = new System.Text.StringBuilder();
        int pos = 0;
        var cps = new CodePointIndex(text);
        foreach (var (s, e) in h.Highlights)
        {
            int us = cps.ToUtf16(s), ue = cps.ToUtf16(e);
            sb.Append(Markup.Escape(text[pos..us])).Append("[yellow bold]").Append(Markup.Escape(text[us..ue])).Append("[/]");
            pos = ue;
        }
        sb.Append(Markup.Escape(text[pos..]));
        return sb.ToString();
    }
}
