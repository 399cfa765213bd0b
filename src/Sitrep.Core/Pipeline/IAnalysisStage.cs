using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// One analysis stage: reads the layers it needs and returns the document with its own layer added.
/// Stages are pure (same document in, same document out) and thread-safe: the pipeline runs one
/// document per core through the same stage instances.
/// </summary>
public interface IAnalysisStage
{
    /// <summary>A short, stable name ("language", "entities"), shown by <c>sitrep stages</c>.</summary>
    string Name { get; }
    string Description { get; }
    Document Apply(Document document);
}
