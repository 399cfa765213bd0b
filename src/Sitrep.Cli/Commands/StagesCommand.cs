using System.CommandLine;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep stages</c>: the registry of analysis stages, in the order they run.</summary>
public static class StagesCommand
{
    public static Command Create()
    {
        var command = new Command("stages", "List the pipeline's stages in the order they run.");
        command.SetAction(_ =>
        {
            Console.WriteLine("read      detect the format of each input and read its records");
            Console.WriteLine("decode    bytes to text (BOM, declared charset, <meta>, detection)");
            Console.WriteLine("extract   the article body, comments and metadata");
            foreach (var stage in StageRegistry.Default()) Console.WriteLine($"{stage.Name,-9} {stage.Description}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
