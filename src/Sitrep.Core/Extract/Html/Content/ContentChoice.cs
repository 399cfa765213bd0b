using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Content;

/// <summary>The element(s) holding the article, in document order, and the heuristic that chose them.</summary>
/// <param name="Decisive">The markup settles the question (the first post of a feed): no score may overrule it.</param>
internal sealed record ContentChoice(IReadOnlyList<IElement> Roots, string Rule, int TextChars, bool Decisive = false)
{
    /// <summary>Elements inside the roots that are not part of the story (nested related articles).</summary>
    public IReadOnlyList<IElement> Excluded { get; init; } = [];
}
