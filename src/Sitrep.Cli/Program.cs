using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new System.Text.UTF8Encoding(false);
        // Same results whatever the user's locale (a Turkish 'i', a comma decimal separator), but with ICU loaded:
        // .NET's invariant-globalization mode does Unicode casing in slow managed code (3x slower extraction).
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"sitrep: {error.Message}");
            Console.Error.WriteLine("Run 'sitrep --help' for usage.");
            return ExitCodes.Usage;
        }
        // A model named by SITREP_ATTRIBUTION_MODEL that cannot be read stops the run before any work, as one clear line.
        try { _ = Sitrep.Analyse.Attributions.Learned.ModelSetting.Default; }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ExitCodes.Failure;
        }
        return await parse.InvokeAsync();
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Sitrep: turns scraped news pages into an attributed situation picture.");
        foreach (var command in new[]
                 {
                     AnalyzeCommand.Create(), IngestCommand.Create(), SearchCommand.Create(), ShowCommand.Create(),
                     LinksCommand.Create(), StoriesCommand.Create(), TraceCommand.Create(), ServeCommand.Create(),
                     DemoCommand.Create(), BenchCommand.Create(), StagesCommand.Create(), EvalCommand.Create(),
                     GazetteerCommand.Create(),
                     EventsCommand.Create(),
                     TrainCommand.Create(),
                     OutletsCommand.Create(),
                 })
            root.Subcommands.Add(command);
        return root;
    }
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    /// <summary>Stopped by Ctrl-C or SIGTERM before every input was read (the shell convention, 128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
