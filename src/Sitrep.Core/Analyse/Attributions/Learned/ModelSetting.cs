namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// The model the attribution stage uses when it is built with its defaults (analyze, ingest, serve …): the file named by
/// the environment variable <see cref="Variable"/>, read once per process and shared (immutable) by every stage
/// instance and thread. Unset: no model, and the stage is the rules alone. A path that does not hold a model is an
/// error naming the file and the variable, not a silent fallback: the user asked for the model.
/// </summary>
public static class ModelSetting
{
    public const string Variable = "SITREP_ATTRIBUTION_MODEL";

    private static readonly Lazy<AttributionModel?> FromEnvironment = new(() =>
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (!File.Exists(path)) throw new FileNotFoundException($"{Variable}={path}: no such model file", path);
        return AttributionModel.Load(path);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static AttributionModel? Default => FromEnvironment.Value;
}
