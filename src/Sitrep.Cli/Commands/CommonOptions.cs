using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Read;

namespace Sitrep.Cli.Commands;

/// <summary>Options shared by the verbs that read inputs (analyze, ingest).</summary>
public sealed class InputOptions
{
    public Argument<string[]> Inputs { get; } = new("INPUT") { Arity = ArgumentArity.ZeroOrMore, Description = "Files, directories (walked recursively) or - for standard input. None means standard input." };
    public Option<string?> Url { get; } = new("--url") { Description = "The page's address (a hint for a single input)." };
    public Option<string?> Date { get; } = new("--date") { Description = "The date the page was collected, YYYY-MM-DD (a hint)." };
    public Option<string?> TextColumn { get; } = new("--text-column") { Description = "CSV: the column holding the article text (default: detected from the header)." };
    public Option<string?> TitleColumn { get; } = new("--title-column") { Description = "CSV: the title column." };
    public Option<string?> DateColumn { get; } = new("--date-column") { Description = "CSV: the date column." };
    public Option<string?> SourceColumn { get; } = new("--source-column") { Description = "CSV: the column naming the outlet." };
    public Option<int> Workers { get; } = new("--workers") { Description = "Worker threads (default: one per core).", DefaultValueFactory = _ => 0 };
    public Option<int> MaxDocumentMb { get; } = new("--max-document-mb") { Description = "Largest single page read, in MB.", DefaultValueFactory = _ => 20 };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        foreach (var o in new Option[] { Url, Date, TextColumn, TitleColumn, DateColumn, SourceColumn, Workers, MaxDocumentMb })
            command.Options.Add(o);
    }

    public ReadOptions ReadOptions(ParseResult p) => new()
    {
        MaxDocumentBytes = Math.Max(1, p.GetValue(MaxDocumentMb)) * 1024L * 1024,
        Csv = new CsvColumns(p.GetValue(TextColumn), p.GetValue(TitleColumn), p.GetValue(DateColumn), p.GetValue(SourceColumn)),
        Hints = new DocumentHints(Url: p.GetValue(Url), CollectedDate: p.GetValue(Date)),
    };

    /// <summary>Returns the inputs, or null after printing why they are unusable (exit 2).</summary>
    public string[]? ValidInputs(ParseResult p)
    {
        var inputs = p.GetValue(Inputs) ?? [];
        if (p.GetValue(Date) is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _))
        {
            Console.Error.WriteLine($"sitrep: --date must be YYYY-MM-DD, got '{date}'");
            return null;
        }
        if (InputReader.ValidatePaths(inputs) is { } error)
        {
            Console.Error.WriteLine($"sitrep: {error}");
            return null;
        }
        return inputs;
    }
}

public static class DbOption
{
    public static Option<string> Create() => new("--db") { Description = "The embedded store (SQLite file).", DefaultValueFactory = _ => "sitrep.db" };
}
