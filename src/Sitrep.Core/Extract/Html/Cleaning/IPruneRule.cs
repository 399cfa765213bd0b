using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>What a pruning rule may consult: the subtree stats of the unpruned page and the elements that must
/// survive (ancestors of a structured content hint, marked in the stats table by <c>ContentHints.ProtectPaths</c>).</summary>
internal sealed record PruneContext(StatsTable Stats)
{
    public bool IsProtected(IElement element) => Stats.IsProtected(element);
}

/// <summary>A rule that recognises one kind of page chrome. Returns the reason the element is cut, or null.
/// Rules see an element before its descendants; a cut element's subtree is not visited.</summary>
internal interface IPruneRule
{
    /// <summary>False when the rule can only fire on an element that has attributes (class, id, style, role):
    /// the pruner then skips it for bare elements, most of a page.</summary>
    bool AppliesToBareElements { get; }

    /// <param name="names">The element's naming and visibility attributes (empty for a bare element).</param>
    string? Why(IElement element, in ElementNames names, PruneContext context);
}
