using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class StoriesCommand
{
    public static Command Create()
    {
        var command = new Command("stories", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep stories: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
