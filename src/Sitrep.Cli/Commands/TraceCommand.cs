using System.CommandLine;
using System.Text.Json;
using Sitrep.Link;
using Sitrep.Output;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep trace ID</c>: provenance of a document, a reused passage (p…) or a claim (c…), as JSON.</summary>
public static class TraceCommand
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = ContractJson.CompactOptions.Encoder,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "A document id (or unique prefix), a passage id (p…) or a claim id (c…)." };
        var db = DbOption.Create();
        var format = new Option<string>("--format") { Description = "json (the only format).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("trace", "Print the provenance of a claim, passage or document: earliest carrier, later carriers, wording changes, independent or echo.") { id, db, format };
        command.SetAction(p => StoreAccess.With(p.GetValue(db)!, store =>
        {
            var key = p.GetValue(id)!;
            var trace = new Provenance(store.Provenance()).Of(key);
            if (trace is null)
            {
                Console.Error.WriteLine($"sitrep trace: no document, passage or claim with id '{key}'");
                return ExitCodes.Failure;
            }
            Console.WriteLine(JsonSerializer.Serialize(trace, Options));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
