using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class LinksCommand
{
    public static Command Create()
    {
        var command = new Command("links", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep links: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
