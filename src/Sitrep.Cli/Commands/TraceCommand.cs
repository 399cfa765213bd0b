using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep trace ID</c>: provenance of a claim, passage or document. Needs cross-document linking (issue 7).</summary>
public static class TraceCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "A document, claim or passage id." };
        var db = DbOption.Create();
        var format = new Option<string>("--format") { Description = "json (the only format).", DefaultValueFactory = _ => "json" };
        var command = new Command("trace", "Print the provenance of a claim, passage or document.") { id, db, format };
        command.SetAction(p => StoreAccess.With(p.GetValue(db)!, store =>
        {
            Console.Error.WriteLine("sitrep trace: provenance needs cross-document linking, which arrives with issue 7; nothing is recorded yet");
            return ExitCodes.Failure;
        }));
        return command;
    }
}
