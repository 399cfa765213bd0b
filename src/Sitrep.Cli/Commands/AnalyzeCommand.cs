using System.CommandLine;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Read;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep analyze</c>: streams one contract JSON object per document, on every core, in input order.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format") { Description = "jsonl (one object per line) or json (an indented array).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of standard output." };
        var outlets = new Option<string?>("--outlets") { Description = "Outlet profiles (from `sitrep outlets build`): prefer each outlet's home readings of ambiguous place names." };
        var command = new Command("analyze", "Analyze documents and print one JSON object per document (see CONTRACT.md).") { outlets };
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (p, ct) =>
        {
            var paths = inputs.ValidInputs(p);
            if (paths is null) return ExitCodes.Usage;
            var outPath = p.GetValue(output);
            Stream target;
            try { target = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sitrep: cannot write {outPath}: {ex.Message}");
                return ExitCodes.Usage;
            }
            await using var _ = target;
            var reader = new InputReader(inputs.ReadOptions(p));
            var processor = DocumentProcessor.CreateDefault();
            if (p.GetValue(outlets) is { } outletsFile)
            {
                if (OutletsCommand.WithProfiles(processor, outletsFile) is not { } withOutlets) return ExitCodes.Usage;
                processor = withOutlets;
            }
            if (processor.Extractor is Sitrep.Extract.PageExtractor pages && Sitrep.Extract.PlainText.Templates.TemplatePrepass.CanReadTwice(paths)) Sitrep.Extract.PlainText.Templates.TemplatePrepass.Run(reader.Read(paths), pages, ct: ct);
            bool array = p.GetValue(format) == "json";
            var items = reader.Read(paths);
            Counts counts;
            if (outPath is not null && Terminal.Interactive)
            {
                // JSON goes to the file, so the terminal can show progress.
                counts = await Spectre.Console.AnsiConsole.Status().StartAsync("analyzing", async ctx =>
                    await Emit(items, processor, target, array, p.GetValue(inputs.Workers), ct,
                        c => ctx.Status = $"analyzing: {c.Documents:N0} documents, {c.Errors:N0} errors"));
                Console.Error.WriteLine($"{counts.Documents:N0} documents, {counts.Errors:N0} errors -> {outPath}");
            }
            else counts = await Emit(items, processor, target, array, p.GetValue(inputs.Workers), ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    public readonly record struct Counts(int Documents, int Errors);

    public static async Task<Counts> Emit(IEnumerable<Documents.ReadItem> items, DocumentProcessor processor, Stream target, bool array, int workers, CancellationToken ct, Action<Counts>? progress = null)
    {
        int docs = 0, errors = 0;
        var options = array ? ContractJson.IndentedOptions : ContractJson.CompactOptions;
        using var buffered = new BufferedStream(target, 1 << 16);
        if (array) buffered.Write("[\n"u8);
        bool first = true;
        await foreach (var item in ParallelPipeline.RunAsync(items, processor.Process, workers, ct: ct))
        {
            if (array && !first) buffered.Write(",\n"u8);
            first = false;
            using (var w = new Utf8JsonWriter(buffered, options))
            {
                switch (item)
                {
                    case ProcessedDocument d: ContractJson.Write(w, d.Document); docs++; break;
                    case ProcessedError e: ContractJson.WriteError(w, e.ErrorSource, e.Reason, e.Id); errors++; break;
                }
            }
            if (!array) buffered.Write("\n"u8);
            if (progress is not null && (docs + errors) % 50 == 0) progress(new(docs, errors));
        }
        if (array) buffered.Write("\n]\n"u8);
        buffered.Flush();
        return new(docs, errors);
    }
}
