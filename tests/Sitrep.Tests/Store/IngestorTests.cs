using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Read;
using Sitrep.Store.Sqlite;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

public class IngestorTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string WriteCorpus(int n)
    {
        for (int i = 0; i < n; i++)
            _dir.File($"corpus/{i:D4}.txt", $"Report {i}\n\nThe Russian Defence Ministry said {i} militants were killed near Palmyra on day {i}.");
        return Path.Combine(_dir.Path, "corpus");
    }

    [Fact]
    public async Task Ingest_is_idempotent_and_resumes_after_an_interruption_without_duplicates_or_loss()
    {
        var corpus = WriteCorpus(400);
        var db = Path.Combine(_dir.Path, "s.db");
        var reader = new InputReader(ReadOptions.Default);

        // First run: interrupted after the first committed batch.
        using (var cts = new CancellationTokenSource())
        using (var store = SqliteStore.Open(db))
        {
            var first = await new Ingestor(store, DocumentProcessor.CreateDefault(), workers: 2, batchSize: 50)
                .RunAsync(reader.Read([corpus]), p => { if (p.Added >= 50) cts.Cancel(); }, ct: cts.Token);
            first.Cancelled.Should().BeTrue();
            store.Stats().Documents.Should().BeInRange(50, 399);
        }
        // Second run: picks up the rest; third run: nothing new.
        using (var store = SqliteStore.Open(db))
        {
            var second = await new Ingestor(store, DocumentProcessor.CreateDefault(), workers: 2).RunAsync(reader.Read([corpus]));
            second.Skipped.Should().BeGreaterThanOrEqualTo(50);
            store.Stats().Documents.Should().Be(400);
            var third = await new Ingestor(store, DocumentProcessor.CreateDefault(), workers: 2).RunAsync(reader.Read([corpus]));
            third.Added.Should().Be(0);
            third.Skipped.Should().Be(400);
            store.Stats().Documents.Should().Be(400);
        }
    }

    [Fact]
    public async Task Bad_inputs_are_stored_as_error_records_and_the_run_goes_on()
    {
        var corpus = WriteCorpus(3);
        _dir.File("corpus/image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        _dir.File("corpus/empty.txt", "");
        using var store = SqliteStore.Open(Path.Combine(_dir.Path, "s.db"));
        var result = await new Ingestor(store, DocumentProcessor.CreateDefault()).RunAsync(new InputReader(ReadOptions.Default).Read([corpus]));
        result.Added.Should().Be(3);
        result.Errors.Should().Be(2);
        store.Errors().Select(e => e.Reason).Should().Contain(r => r.Contains("PNG")).And.Contain(r => r.Contains("empty"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
