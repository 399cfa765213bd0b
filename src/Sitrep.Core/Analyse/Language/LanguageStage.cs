using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Analyse.Language;

/// <summary>Sets <c>language</c> from the body (the title when the body is empty).</summary>
public sealed class LanguageStage : IAnalysisStage
{
    public string Name => "language";
    public string Description => "language of the body from script and function words";

    public Document Apply(Document document) =>
        document.Language is not null ? document
            : document with { Language = LanguageIdentifier.Identify(document.Body.Length > 0 ? document.Body : document.Title ?? "") };
}
