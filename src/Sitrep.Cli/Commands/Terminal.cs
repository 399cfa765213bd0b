namespace Sitrep.Cli.Commands;

/// <summary>Whether a person is watching: progress bars and tables only then; machine-readable output otherwise.</summary>
public static class Terminal
{
    public static bool Interactive => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
