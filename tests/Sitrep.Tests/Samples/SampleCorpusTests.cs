using System.Text.Json;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Read;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Samples;

/// <summary>
/// The bundled samples/ corpus against samples/tools/expected.json (facts written with the corpus, not
/// tuned on): every format read, every record contract-valid, titles and comment counts as expected.
/// The floors are today's figures, so any regression fails; raise them as extraction improves.
/// </summary>
public class SampleCorpusTests
{
    private static readonly string Samples = Path.Combine(SharedData.RepoRoot, "samples");
    private static readonly string[] Folders = ["text", "html", "warc", "feeds", "jsonl", "csv"];

    private static async Task<List<(string Path, JsonElement Doc)>> Analyze()
    {
        var inputs = Folders.Select(f => Path.Combine(Samples, f)).ToArray();
        var processor = DocumentProcessor.CreateDefault();
        var output = new List<(string, JsonElement)>();
        await foreach (var item in ParallelPipeline.RunAsync(new InputReader(ReadOptions.Default).Read(inputs), processor.Process))
        {
            var json = item switch
            {
                ProcessedDocument d => ContractJson.Serialize(d.Document),
                ProcessedError e => ContractJson.SerializeError(e.ErrorSource, e.Reason, e.Id),
                _ => throw new InvalidOperationException(),
            };
            ContractValidator.Validate(json).Should().BeEmpty(json[..Math.Min(200, json.Length)]);
            var doc = JsonDocument.Parse(json).RootElement.Clone();
            output.Add((Path.GetRelativePath(Samples, item.Source.Path!), doc));
        }
        return output;
    }

    [Fact]
    public async Task Every_format_is_read_and_titles_and_comments_match_the_expected_facts()
    {
        var output = await Analyze();
        output.Where(o => o.Doc.TryGetProperty("error", out var _)).Should().BeEmpty("the samples hold no bad input");
        output.Select(o => o.Doc.GetProperty("source").GetProperty("format").GetString()).Distinct()
            .Should().BeEquivalentTo(["text", "html", "warc", "rss", "atom", "jsonl", "csv"]);

        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples, "tools", "expected.json")));
        int titles = 0, comments = 0, total = 0;
        foreach (var e in expected.RootElement.GetProperty("documents").EnumerateArray())
        {
            var path = e.GetProperty("path").GetString()!.Replace('/', Path.DirectorySeparatorChar);
            int record = e.GetProperty("record").ValueKind == JsonValueKind.Number ? e.GetProperty("record").GetInt32() : 0;
            var docs = output.Where(o => o.Path == path).ToList();
            docs.Count.Should().BeGreaterThan(record, $"{path} record {record} is read");
            var doc = docs[record].Doc;
            total++;
            if (doc.GetProperty("title").GetString() == e.GetProperty("title").GetString()) titles++;
            if (doc.GetProperty("comments").GetArrayLength() == e.GetProperty("comments").GetInt32()) comments++;
        }
        total.Should().Be(23);
        titles.Should().BeGreaterThanOrEqualTo(21);
        comments.Should().BeGreaterThanOrEqualTo(19);
    }
}
