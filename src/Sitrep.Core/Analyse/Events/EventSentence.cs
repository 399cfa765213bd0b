using Sitrep.Documents;

namespace Sitrep.Analyse.Events;

/// <summary>A sentence of the body: its span, its paragraph, its place in the document, and the quotation it lies in
/// (a sentence inside “…” is somebody's claim, and the paragraph that introduces the quote names who).</summary>
public sealed record EventSentence(TextSpan Span, int Index, int Paragraph, TextSpan? Quote)
{
    public string Text(string body) => Span.Of(body);
}
