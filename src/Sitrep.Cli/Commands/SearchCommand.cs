using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class SearchCommand
{
    public static Command Create()
    {
        var command = new Command("search", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep search: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
