using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// Streams read items through a <see cref="DocumentProcessor"/> on every core and yields the results in
/// input order. Memory stays bounded: at most <c>capacity</c> documents are in flight whatever the corpus.
/// </summary>
public static class ParallelPipeline
{
    private sealed record Job(RawDocument Raw, TaskCompletionSource<ProcessedItem> Result);

    public static async IAsyncEnumerable<ProcessedItem> RunAsync(
        IEnumerable<ReadItem> items,
        Func<RawDocument, ProcessedItem> process,
        int workers = 0,
        Func<RawDocument, bool>? skip = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        int capacity = workers * 8;
        var work = Channel.CreateBounded<Job>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Task<ProcessedItem>>(new BoundedChannelOptions(capacity * 2) { SingleWriter = true, SingleReader = true });

        var workerTasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var job in work.Reader.ReadAllAsync(CancellationToken.None))
                job.Result.SetResult(process(job.Raw));
        }, CancellationToken.None)).ToArray();

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    if (ct.IsCancellationRequested) break;
                    switch (item)
                    {
                        case ReadError e:
                            await ordered.Writer.WriteAsync(Task.FromResult<ProcessedItem>(new ProcessedError(e.ErrorSource, e.Reason)), ct);
                            break;
                        case ReadDocument { Document: var raw }:
                            if (skip?.Invoke(raw) == true) break;
                            var job = new Job(raw, new TaskCompletionSource<ProcessedItem>(TaskCreationOptions.RunContinuationsAsynchronously));
                            // Hand the job to the workers first: a task in the ordered queue must always complete.
                            await work.Writer.WriteAsync(job, ct);
                            await ordered.Writer.WriteAsync(job.Result.Task, ct);
                            break;
                    }
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception ex)
            {
                // Readers report bad input as ReadError; an exception here is a bug. Say so rather than stop silently.
                await ordered.Writer.WriteAsync(Task.FromResult<ProcessedItem>(new ProcessedError(
                    new SourceInfo(null, null, "unknown"), $"reading stopped unexpectedly: {ex.GetType().Name}: {ex.Message}")), CancellationToken.None);
            }
            finally
            {
                work.Writer.TryComplete();
                ordered.Writer.TryComplete();
            }
        }, CancellationToken.None);

        await foreach (var task in ordered.Reader.ReadAllAsync(CancellationToken.None))
            yield return await task.ConfigureAwait(false);

        await producer.ConfigureAwait(false);
        await Task.WhenAll(workerTasks).ConfigureAwait(false);
    }
}
