using Sitrep.Analyse.Language;

namespace Sitrep.Pipeline;

/// <summary>The analysis stages in the order they run. Later issues add entities, places, attributions and events here.</summary>
public static class StageRegistry
{
    public static IReadOnlyList<IAnalysisStage> Default() =>
    [
        new LanguageStage(),
    ];
}
