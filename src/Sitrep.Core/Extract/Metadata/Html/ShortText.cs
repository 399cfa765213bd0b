using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata.Html;

/// <summary>
/// An element's <c>TextContent</c> (DOM §4.4: its descendant text nodes' data, in tree order) when it is short,
/// found without building the text of a big one. Date rules read only short elements (a dateline), but the
/// candidates they test include wrappers around a whole story, whose full text was built only to be dropped.
/// </summary>
public static class ShortText
{
    /// <summary>The element's text when it has 1 to <paramref name="maxChars"/> characters, else null.</summary>
    public static string? Of(IElement e, int maxChars)
    {
        int length = 0;
        bool tooLong = false;
        Visit(e, t =>
        {
            length += t.Length;
            tooLong = length > maxChars;
            return !tooLong;
        });
        if (tooLong || length == 0) return null;
        var sb = new StringBuilder(length);
        Visit(e, t => { sb.Append(t); return true; });
        return sb.ToString();
    }

    // Iterative pre-order walk over the descendants (a scraped DOM can be thousands of levels deep).
    private static void Visit(IElement root, Func<string, bool> onText)
    {
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next >= children.Length) continue;
            stack.Push((node, next + 1));
            var child = children[next];
            if (child is IText text) { if (!onText(text.Data)) return; }
            else if (child.HasChildNodes) stack.Push((child, 0));
        }
    }
}
