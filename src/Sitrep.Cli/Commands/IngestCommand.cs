using System.CommandLine;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Read;
using Sitrep.Store.Sqlite;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest</c>: analyze and store; idempotent and resumable (see <see cref="Ingestor"/>).</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var db = DbOption.Create();
        var command = new Command("ingest", "Analyze documents, link them across the store and store them (idempotent, resumable).");
        inputs.AddTo(command);
        command.Options.Add(db);
        command.SetAction(async (p, ct) =>
        {
            var paths = inputs.ValidInputs(p);
            if (paths is null) return ExitCodes.Usage;
            var result = await Run(paths, inputs.ReadOptions(p), p.GetValue(db)!, p.GetValue(inputs.Workers), ct);
            return result is null ? ExitCodes.Failure : result.Cancelled ? ExitCodes.Interrupted : ExitCodes.Ok;
        });
        return command;
    }

    public static async Task<Ingestor.Result?> Run(string[] paths, ReadOptions options, string dbPath, int workers, CancellationToken ct, bool quiet = false, IReadOnlyCollection<string>? stages = null, bool link = true)
    {
        SqliteStore store;
        try { store = SqliteStore.Open(dbPath); }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: cannot open store {dbPath}: {ex.Message}");
            return null;
        }
        using var _ = store;
        store.LinkOnWrite = link;
        var ingestor = new Ingestor(store, DocumentProcessor.CreateDefault(stages), workers, prepareLinks: link);
        var items = new InputReader(options).Read(paths);
        // Errors go to stderr as contract error records, one per line, as they happen.
        void OnError(ProcessedError e) { if (!quiet) Console.Error.WriteLine(ContractJson.SerializeError(e.ErrorSource, e.Reason, e.Id)); }

        Ingestor.Result result;
        if (Terminal.Interactive && !quiet)
        {
            result = await AnsiConsole.Progress()
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("ingesting", maxValue: 1);
                    task.IsIndeterminate = true;
                    var r = await ingestor.RunAsync(items,
                        pr => task.Description = $"ingesting: {pr.Documents:N0} read, {pr.Added:N0} new, {pr.Skipped:N0} already stored, {pr.Errors:N0} errors ({pr.Documents / Math.Max(0.001, pr.Elapsed.TotalSeconds):N0}/s)",
                        OnError, ct);
                    task.Value = 1;
                    task.StopTask();
                    return r;
                });
        }
        else result = await ingestor.RunAsync(items, null, OnError, ct);

        if (!quiet)
        {
            var verb = result.Cancelled ? "interrupted; run the same command again to resume" : "done";
            Console.Error.WriteLine($"ingest {verb}: {result.Documents + result.Skipped:N0} documents ({result.Added:N0} new, {result.Skipped:N0} already stored), {result.Errors:N0} errors, {result.Elapsed.TotalSeconds:F1} s -> {dbPath}");
        }
        return result;
    }
}
