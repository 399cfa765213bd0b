using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Tests.Places;

/// <summary>What the place tests share: a body read through the entity and place stages, and whether the
/// generated GeoNames gazetteer is there (tests that need its towns skip without it).</summary>
internal static class PlaceFixtures
{
    private static readonly EntityStage Entities = new();
    private static readonly PlaceStage PlaceStage = new();

    public static List<PlaceMention> PlacesIn(string text)
    {
        var doc = new Document { Id = "t", Source = new SourceInfo(null, null, "text"), Body = text };
        return PlaceStage.Apply(Entities.Apply(doc)).Places.ToList();
    }

    public static bool HaveGazetteer => KnowledgeFiles.BundledGazetteer() is not null;
}
