using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Events;
using Sitrep.Analyse.Language;
using Sitrep.Analyse.Places;

namespace Sitrep.Pipeline;

/// <summary>The analysis stages in the order they run. Later issues add entities, places, attributions and events here.</summary>
public static class StageRegistry
{
    public static IReadOnlyList<IAnalysisStage> Default() =>
    [
        new LanguageStage(),
        new EntityStage(),
        new PlaceStage(),
        new AttributionStage(),
        new EventStage(),
    ];

    /// <summary>The default stages whose names are listed, in registry order; null means all of them.
    /// An unknown name is an error that lists the known ones.</summary>
    public static IReadOnlyList<IAnalysisStage> Select(IReadOnlyCollection<string>? names)
    {
        var all = Default();
        if (names is null) return all;
        var unknown = names.Where(n => all.All(s => s.Name != n)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"unknown stage {string.Join(", ", unknown)}; stages: {string.Join(", ", all.Select(s => s.Name))}");
        return all.Where(s => names.Contains(s.Name)).ToList();
    }
}
