using Sitrep.Pipeline;
using Sitrep.Read;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Attributions;

/// <summary>The seeds: every quotation of 001-004 goes to the person or body who said it (skips without ../shared).</summary>
public class SeedAttributionTests
{
    [SkippableTheory]
    [InlineData("001_", "“Those who want to be the part of the reconciliation process", "Sergey Lavrov")]
    [InlineData("001_", "“We are aware of the written instructions", "Sergey Lavrov")]
    [InlineData("001_", "“That [the humanitarian pause] would mean", "Sergey Lavrov")]
    [InlineData("002_", "“Over 450 terrorists", "Aleksandr Lapin")]
    [InlineData("002_", "“Currently the operation to free the city", "Aleksandr Lapin")]
    [InlineData("002_", "“As we get closer to Deir ez-Zor", "Ryan Dillon")]
    [InlineData("002_", "“We have clear instructions", "Talal Silo")]
    [InlineData("002_", "“Joint action against terrorist groups", "Recep Tayyip Erdogan")]
    [InlineData("003_", "“The first convoy", "Russian Ministry of Defence")]
    [InlineData("003_", "“The Russian Aerospace Forces hit", "Russian Ministry of Defence")]
    [InlineData("004_", "They [the US] are telling us", "Sergey Lavrov")]
    [InlineData("004_", "“The US asked us to extend the deadline", "Sergey Lavrov")]
    [InlineData("004_", "The classification of moderate rebels", "Patrick Henningsen")]
    [InlineData("004_", "the two had worked specifically", "John Kerry")]
    [InlineData("004_", "the US agrees that IS", "Mark Toner")]
    public void Every_seed_quote_has_its_speaker(string seed, string contentStart, string speaker)
    {
        Skip.If(SharedData.Seeds is null, "../shared/seeds absent");
        var path = Directory.GetFiles(SharedData.Seeds!, seed + "*.txt").Single();
        var doc = Process(path);
        var attribution = doc.Attributions.FirstOrDefault(a => a.Content.Of(doc.Body).Contains(contentStart, StringComparison.Ordinal)
                                                               || doc.Body.IndexOf(contentStart, StringComparison.Ordinal) is var at && at >= a.Content.Start && at < a.Content.End);
        attribution.Should().NotBeNull($"a quote starting \"{contentStart}\" should be attributed in {seed}");
        attribution!.SourceCanonical.Should().Be(speaker);
    }

    private static readonly Lazy<DocumentProcessor> Processor = new(() => DocumentProcessor.CreateDefault());

    private static Sitrep.Documents.Document Process(string path)
    {
        var item = (Sitrep.Documents.ReadDocument)new InputReader(ReadOptions.Default).Read([path]).Single();
        return ((ProcessedDocument)Processor.Value.Process(item.Document)).Document;
    }
}
