using System.CommandLine;

namespace Sitrep.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "(not yet available)");
        command.SetAction(_ => { Console.Error.WriteLine("sitrep ingest: not yet available"); return ExitCodes.Failure; });
        return command;
    }
}
