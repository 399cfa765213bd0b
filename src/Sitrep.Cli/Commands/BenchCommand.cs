using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep bench: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
