using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Dom;

/// <summary>
/// Iterative tree walks. Scraped DOMs can be nested thousands of levels deep (broken markup that never closes a
/// tag), so nothing here recurses; and AngleSharp's <c>NextSibling</c> scans the parent's child list (linear per
/// call), so the walk keeps its own child index per open level instead, making a whole walk linear in the
/// number of nodes.
/// </summary>
internal static class DomWalk
{
    /// <summary>Visits <paramref name="root"/> and its descendants in document order. <paramref name="enter"/>
    /// returns whether to descend into the node; <paramref name="leave"/> (optional) is called after a node's
    /// children, for every node entered with descent.</summary>
    public static void Walk(INode root, Func<INode, bool> enter, Action<INode>? leave = null)
    {
        if (!enter(root)) return;
        var stack = new List<(INode Node, int Next)> { (root, 0) };
        while (stack.Count > 0)
        {
            int top = stack.Count - 1;
            var (node, next) = stack[top];
            var children = node.ChildNodes;
            if (next >= children.Length)
            {
                stack.RemoveAt(top);
                leave?.Invoke(node);
                continue;
            }
            stack[top] = (node, next + 1);
            var child = children[next];
            if (enter(child)) stack.Add((child, 0));
        }
    }

    /// <summary>All elements under <paramref name="root"/> (inclusive) in document order.</summary>
    public static List<IElement> Elements(INode root)
    {
        var list = new List<IElement>();
        Walk(root, n =>
        {
            if (n is IElement e) { list.Add(e); return true; }
            return n is IDocument or IDocumentFragment;
        });
        return list;
    }
}
