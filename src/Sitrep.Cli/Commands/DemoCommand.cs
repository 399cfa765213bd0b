using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep demo: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
