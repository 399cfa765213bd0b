using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the analyst's workbench (web UI and HTTP API), issue 8.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Serve the web workbench and JSON API.") { db, urls };
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("sitrep serve: the web workbench arrives with issue 8; use 'sitrep search' and 'sitrep show' meanwhile");
            return ExitCodes.Failure;
        });
        return command;
    }
}
