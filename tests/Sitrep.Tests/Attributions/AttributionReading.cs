using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Entities;
using Sitrep.Documents;

namespace Sitrep.Tests.Attributions;

/// <summary>Runs a synthetic sentence through entities and attributions, for the rule tests.</summary>
public static class AttributionReading
{
    public static readonly EntityStage EntityTagging = new();
    public static readonly AttributionStage Stage = new();

    public static List<Attribution> AttributionsOf(string body)
    {
        var doc = new Document { Id = "t", Source = new SourceInfo(null, null, "text"), Body = body };
        return Stage.Apply(EntityTagging.Apply(doc)).Attributions.ToList();
    }

    /// <summary>As <see cref="AttributionsOf"/>, with the places stage run before attributions as in the pipeline (capitals
    /// and states are told from towns by their GeoNames entries).</summary>
    public static List<Attribution> WithPlaces(string body)
    {
        var doc = new Document { Id = "t", Source = new SourceInfo(null, null, "text"), Body = body };
        return Stage.Apply(new Sitrep.Analyse.Places.PlaceStage().Apply(EntityTagging.Apply(doc))).Attributions.ToList();
    }

    /// <summary>The one attribution whose cue is <paramref name="cue"/>.</summary>
    public static Attribution ByCue(string body, string cue) =>
        AttributionsOf(body).Should().ContainSingle(a => a.Cue.Of(body) == cue).Subject;
}
