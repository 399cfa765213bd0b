using System.CommandLine;
using System.Text.Json;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep show ID</c>: the stored document object (id or a unique id prefix).</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "Document id or a unique prefix of it." };
        var db = DbOption.Create();
        var command = new Command("show", "Print a stored document (the contract's JSON object).") { id, db };
        command.SetAction(p => StoreAccess.With(p.GetValue(db)!, store =>
        {
            var json = store.GetDocumentJson(p.GetValue(id)!);
            if (json is null)
            {
                Console.Error.WriteLine($"sitrep: no document with id {p.GetValue(id)}");
                return ExitCodes.Failure;
            }
            using var doc = JsonDocument.Parse(json);
            using var stdout = Console.OpenStandardOutput();
            using (var w = new Utf8JsonWriter(stdout, Output.ContractJson.IndentedOptions)) doc.WriteTo(w);
            stdout.Write("\n"u8);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
