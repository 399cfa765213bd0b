using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Content;

/// <summary>The element(s) holding the article, in document order, and the heuristic that chose them.</summary>
internal sealed record ContentChoice(IReadOnlyList<IElement> Roots, string Rule, int TextChars);
