using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep serve: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
