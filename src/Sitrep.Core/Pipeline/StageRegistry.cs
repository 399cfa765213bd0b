using Sitrep.Analyse.Entities;
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
    ];
}
