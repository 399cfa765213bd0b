using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Link;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Pipeline;

/// <summary>
/// <c>ingest</c>: read → extract → analyse on every core, then store in batches from one writer.
/// Documents already in the store are skipped before any work (their id is the raw input's hash), so
/// re-running after a crash or Ctrl-C resumes where the last committed batch ended, without duplicates.
/// Batches are 256 documents: each commit rewrites the pages the batch touched (documents, search index,
/// link tables) into the WAL, and with 64 the commits were 15-25% of the writer's time in profiles (9% with 256); a batch is still
/// well under a second, and the batch in flight when Ctrl-C arrives is dropped, not committed.
/// The workers also serialise each document's JSON and compute what linking needs of it alone
/// (<see cref="LinkInput"/>), so the writer thread, which bounds ingest, only stores and links in order.
/// </summary>
public sealed class Ingestor(IDocumentStore store, DocumentProcessor processor, int workers = 0, int batchSize = 256, bool prepareLinks = true)
{
    /// <summary>A processed document with what the workers computed for the writer.</summary>
    private sealed record PreparedDocument(Document Document, string Json, LinkInput? Link) : ProcessedItem(Document.Source);

    private ProcessedItem Process(RawDocument raw)
    {
        var item = processor.Process(raw);
        if (item is not ProcessedDocument { Document: var d }) return item;
        // A worker that throws never completes its job (the pipeline would wait for it forever): fail the document.
        try
        {
            // The store keeps the removal log, which the HTML extractor renders lazily from the parsed page: render it
            // here, on the worker, so batches queued for the writer do not hold whole DOMs and the writer does not render.
            foreach (var block in d.Removed) _ = block.Text;
            return new PreparedDocument(d, ContractJson.Serialize(d), prepareLinks ? LinkInput.TryOf(d) : null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ProcessedError(d.Source, $"serialising the document failed: {ex.GetType().Name}: {ex.Message}", d.Id);
        }
    }

    public sealed record Progress(long Documents, long Added, long Skipped, long Errors, TimeSpan Elapsed);

    public sealed record Result(long Documents, long Added, long Skipped, long Errors, TimeSpan Elapsed, bool Cancelled)
    {
        /// <summary>CPU time of the thread that wrote the batches (store and link): the serial part of ingest,
        /// which bounds it whatever the number of cores.</summary>
        public double WriterCpuMilliseconds { get; init; }
    }

    public async Task<Result> RunAsync(IEnumerable<ReadItem> items, Action<Progress>? progress = null, Action<ProcessedError>? onError = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        long docs = 0, added = 0, skipped = 0, errors = 0;
        double writerCpu = 0;
        var batch = new List<StoredItem>(batchSize);
        var lastFlush = clock.Elapsed;

        bool Skip(RawDocument raw)
        {
            if (!store.Contains(raw.Id)) return false;
            Interlocked.Increment(ref skipped);
            return true;
        }

        void Flush()
        {
            if (batch.Count == 0) return;
            double cpu = Evaluation.ThreadCpuClock.NowMilliseconds();
            added += store.Write(batch);
            writerCpu += Evaluation.ThreadCpuClock.NowMilliseconds() - cpu;
            batch.Clear();
            lastFlush = clock.Elapsed;
            progress?.Invoke(new(docs, added, Interlocked.Read(ref skipped), errors, clock.Elapsed));
        }

        await foreach (var item in ParallelPipeline.RunAsync(items, Process, workers, Skip, ct))
        {
            switch (item)
            {
                case PreparedDocument d:
                    docs++;
                    batch.Add(new StoredDocument(d.Document, d.Json, d.Link));
                    break;
                case ProcessedError e:
                    errors++;
                    onError?.Invoke(e);
                    batch.Add(new StoredError(e.ErrorSource, e.Reason, e.Id));
                    break;
            }
            // Commit often enough that an interruption loses little, rarely enough to stay fast.
            if (batch.Count >= batchSize || clock.Elapsed - lastFlush > TimeSpan.FromSeconds(2)) Flush();
        }
        // Interrupted: the documents of the unfinished batch are dropped, not linked and committed now (that could
        // outlast the clean-stop window); they are not stored, so the next run processes them again.
        if (!ct.IsCancellationRequested) Flush();
        return new Result(docs, added, Interlocked.Read(ref skipped), errors, clock.Elapsed, ct.IsCancellationRequested) { WriterCpuMilliseconds = writerCpu };
    }
}
