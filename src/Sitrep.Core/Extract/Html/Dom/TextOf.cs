using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Dom;

/// <summary>Visible text of a subtree with whitespace collapsed (iterative; never AngleSharp's recursive
/// <c>TextContent</c>, which also includes script bodies).</summary>
internal static class TextOf
{
    /// <param name="maxChars">Stop collecting past this length (a log entry needs no more than its start).</param>
    public static string Collapsed(INode root, Func<IElement, bool>? skip = null, int maxChars = int.MaxValue)
    {
        // One builder per thread, taken and given back: every pruned block and widget candidate is read here,
        // and a fresh builder (grown chunk by chunk) per call was a steady share of the garbage.
        var sb = t_builder ?? new StringBuilder(256);
        t_builder = null;
        try { return Collect(sb, root, skip, maxChars); }
        finally
        {
            sb.Clear();
            if (sb.Capacity <= 16 * 1024) t_builder = sb;
        }
    }

    [ThreadStatic] private static StringBuilder? t_builder;

    private static string Collect(StringBuilder sb, INode root, Func<IElement, bool>? skip, int maxChars)
    {
        DomWalk.Walk(root, n =>
        {
            if (sb.Length >= maxChars) return false;
            switch (n)
            {
                case IText t: AppendCollapsed(sb, t.Data); return false;
                case IElement e:
                    if (e.LocalName is "script" or "style" or "template" or "noscript") return false;
                    if (skip is not null && e != root && skip(e)) return false;
                    if (Tags.IsBlock(e) && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                    return true;
                default: return n is IDocument;
            }
        });
        return sb.ToString().Trim();
    }

    /// <summary>Whether <see cref="Collapsed"/> (without a skip rule) would return any text: true at the first
    /// character it would keep, so a caller can tell an empty block without building its text.</summary>
    public static bool HasVisible(INode root)
    {
        bool found = false;
        DomWalk.Walk(root, n =>
        {
            if (found) return false;
            switch (n)
            {
                case IText t: found = HasKeptChar(t.Data); return false;
                case IElement e: return e.LocalName is not ("script" or "style" or "template" or "noscript");
                default: return n is IDocument;
            }
        });
        return found;
    }

    private static bool HasKeptChar(string text)
    {
        foreach (var c in text)
            if (!IsInvisible(c) && !char.IsWhiteSpace(c)) return true;
        return false;
    }

    // Zero-width spaces and soft hyphens are invisible: dropping them keeps the words they sit in whole.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u00AD' or '\uFEFF';

    /// <summary>Appends <paramref name="text"/> with every whitespace run turned into one space.</summary>
    public static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (IsInvisible(c)) continue;
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
    }
}
