using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class TraceCommand
{
    public static Command Create()
    {
        var command = new Command("trace", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep trace: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
