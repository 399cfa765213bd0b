using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class ShowCommand
{
    public static Command Create()
    {
        var command = new Command("show", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep show: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
