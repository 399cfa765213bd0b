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
        var sb = new StringBuilder();
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

    /// <summary>Appends <paramref name="text"/> with every whitespace run turned into one space.</summary>
    public static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            // Zero-width spaces and soft hyphens are invisible: dropping them keeps the words they sit in whole.
            if (c is '\u200B' or '\u00AD' or '\uFEFF') continue;
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
    }
}
