using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Pipeline;

public class ParallelPipelineTests
{
    private static RawDocument Raw(int i) => new()
    {
        Source = new SourceInfo($"{i}.txt", null, Formats.Text),
        Kind = PayloadKind.Text,
        Text = $"document {i}",
        Id = i.ToString("x16"),
    };

    private static ProcessedItem Echo(RawDocument raw) =>
        new ProcessedDocument(new Document { Id = raw.Id, Source = raw.Source, Body = raw.Text! });

    [Fact]
    public async Task Results_come_out_in_input_order_even_when_workers_finish_out_of_order()
    {
        var items = Enumerable.Range(0, 300).Select(i => (ReadItem)new ReadDocument(Raw(i)));
        var output = new List<string>();
        await foreach (var r in ParallelPipeline.RunAsync(items, raw =>
                       {
                           Thread.Sleep(Random.Shared.Next(3));
                           return Echo(raw);
                       }, workers: 4))
            output.Add(((ProcessedDocument)r).Document.Id);
        output.Should().Equal(Enumerable.Range(0, 300).Select(i => i.ToString("x16")));
    }

    [Fact]
    public async Task Read_errors_pass_through_in_place_and_skipped_documents_are_left_out()
    {
        ReadItem[] items =
        [
            new ReadDocument(Raw(1)),
            new ReadError(new SourceInfo("bad.bin", null, "unknown"), "not a text document"),
            new ReadDocument(Raw(2)),
            new ReadDocument(Raw(3)),
        ];
        var output = new List<ProcessedItem>();
        await foreach (var r in ParallelPipeline.RunAsync(items, Echo, workers: 2, skip: raw => raw.Id == 2.ToString("x16")))
            output.Add(r);
        output.Should().HaveCount(3);
        output[1].Should().BeOfType<ProcessedError>().Which.Reason.Should().Be("not a text document");
        ((ProcessedDocument)output[2]).Document.Id.Should().Be(3.ToString("x16"));
    }

    [Fact]
    public async Task Memory_stays_bounded_the_reader_is_never_far_ahead_of_the_consumer()
    {
        int produced = 0, consumed = 0, maxAhead = 0;
        IEnumerable<ReadItem> Items()
        {
            for (int i = 0; i < 2000; i++)
            {
                maxAhead = Math.Max(maxAhead, Interlocked.Increment(ref produced) - Volatile.Read(ref consumed));
                yield return new ReadDocument(Raw(i));
            }
        }
        await foreach (var _ in ParallelPipeline.RunAsync(Items(), Echo, workers: 2))
        {
            Interlocked.Increment(ref consumed);
            if (consumed % 100 == 0) await Task.Delay(1);
        }
        consumed.Should().Be(2000);
        maxAhead.Should().BeLessThan(64);
    }

    [Fact]
    public async Task Cancellation_stops_reading_but_finishes_what_is_in_flight()
    {
        using var cts = new CancellationTokenSource();
        var items = Enumerable.Range(0, 100_000).Select(i => (ReadItem)new ReadDocument(Raw(i)));
        int seen = 0;
        await foreach (var r in ParallelPipeline.RunAsync(items, Echo, workers: 2, ct: cts.Token))
        {
            r.Should().BeOfType<ProcessedDocument>();
            if (++seen == 50) cts.Cancel();
        }
        seen.Should().BeGreaterThanOrEqualTo(50).And.BeLessThan(1000);
    }

    [Fact]
    public void A_stage_that_throws_becomes_an_error_record_for_that_document()
    {
        var processor = new DocumentProcessor(new ThrowingExtractor(), []);
        var result = processor.Process(Raw(7));
        result.Should().BeOfType<ProcessedError>().Which.Reason.Should().Contain("boom");
    }

    private sealed class ThrowingExtractor : Sitrep.Extract.IPageExtractor
    {
        public Document Extract(DecodedPage page) => throw new InvalidOperationException("boom");
    }
}
