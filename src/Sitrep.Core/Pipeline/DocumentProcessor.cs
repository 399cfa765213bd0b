using Sitrep.Documents;
using Sitrep.Extract;
using Sitrep.Read.Decoding;

namespace Sitrep.Pipeline;

/// <summary>
/// The per-document path: decode → extract → analysis stages. One call per document, no shared mutable
/// state beyond what the extractor and stages own (thread-safe), so it runs on every core at once.
/// </summary>
public sealed class DocumentProcessor(IPageExtractor extractor, IReadOnlyList<IAnalysisStage> stages)
{
    public IPageExtractor Extractor { get; } = extractor;
    public IReadOnlyList<IAnalysisStage> Stages { get; } = stages;

    /// <param name="stages">Names of the analysis stages to run (see <see cref="StageRegistry"/>); null runs them all.</param>
    public static DocumentProcessor CreateDefault(IReadOnlyCollection<string>? stages = null) =>
        new(PageExtractor.CreateDefault(), StageRegistry.Select(stages));

    public ProcessedItem Process(RawDocument raw)
    {
        try
        {
            var page = PageDecoder.Decode(raw);
            var doc = Extractor.Extract(page);
            foreach (var stage in Stages) doc = stage.Apply(doc);
            return new ProcessedDocument(doc);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug or a pathological page must not end the run: report it against this document.
            return new ProcessedError(raw.Source, $"processing failed in {ex.TargetSite?.DeclaringType?.Name ?? "a stage"}: {ex.GetType().Name}: {ex.Message}", raw.Id);
        }
    }
}
