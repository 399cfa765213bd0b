using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Events;
using Sitrep.Analyse.Places;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Read;

namespace Sitrep.Tests.Events;

/// <summary>Builds documents for event tests: a body through the entity, place and event stages, or a seed page through
/// the whole default path (read, extract, every stage).</summary>
internal static class EventTestDocs
{
    private static readonly EntityStage Entities = new();
    private static readonly PlaceStage Places = new();
    public static readonly EventStage Events = new();

    public static Document Analyse(string body, PublishedDate? published = null, IReadOnlyList<Attribution>? attributions = null, string? title = null)
    {
        var doc = new Document { Id = "fixture", Source = new SourceInfo(null, null, "text"), Body = body, Published = published, Title = title };
        doc = Places.Apply(Entities.Apply(doc));
        if (attributions is not null) doc = doc with { Attributions = attributions };
        return Events.Apply(doc);
    }

    public static PublishedDate Day(string iso, double confidence = 0.9) => new(iso, "day", "fixture", confidence);

    public static Document Seed(string path)
    {
        var read = new InputReader(ReadOptions.Default).Read([path]).OfType<ReadDocument>().Single();
        var item = DocumentProcessor.CreateDefault().Process(read.Document);
        return item.Should().BeOfType<ProcessedDocument>().Subject.Document;
    }
}
