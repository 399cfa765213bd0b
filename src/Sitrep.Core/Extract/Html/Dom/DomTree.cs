using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Dom;

/// <summary>Ancestry tests by walking parent links (cost: depth), never by searching subtrees.</summary>
internal static class DomTree
{
    public static bool IsAncestor(INode ancestor, INode node)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
            if (ReferenceEquals(p, ancestor)) return true;
        return false;
    }

    public static bool IsAncestorOrSelf(INode ancestor, INode node) => ReferenceEquals(ancestor, node) || IsAncestor(ancestor, node);
}
