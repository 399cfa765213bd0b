using System.CommandLine;
using Sitrep.Analyse.Events;
using Sitrep.Analyse.Events.Export;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events [--db PATH] --format csv|geojson [--output FILE]</c>: every stored event as an ACLED-like
/// table (CSV) or a GeoJSON FeatureCollection, read from the documents' stored contract JSON.</summary>
public static class EventsCommand
{
    private const int Page = 500;

    public static Command Create()
    {
        var db = DbOption.Create();
        var format = new Option<string>("--format") { Description = "csv (ACLED-like columns) or geojson.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "geojson");
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var command = new Command("events", "Export every stored event: ACLED-like CSV or GeoJSON.") { db, format, output };
        command.SetAction(p => StoreAccess.With(p.GetValue(db)!, store =>
        {
            var types = EventTypeTable.Default;
            IEnumerable<EventRow> Rows()
            {
                for (var offset = 0; ; offset += Page)
                {
                    var page = store.List(Page, offset);
                    foreach (var summary in page)
                        if (store.GetDocumentJson(summary.Id) is { } json)
                            foreach (var row in EventRow.FromContractJson(json, types)) yield return row;
                    if (page.Count < Page) yield break;
                }
            }
            using var stream = p.GetValue(output) is { } path ? File.Create(path) : Console.OpenStandardOutput();
            if (p.GetValue(format) == "geojson") GeoJsonEventWriter.Write(stream, Rows());
            else
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                CsvEventWriter.Write(writer, Rows());
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
