using System.Text;
using AngleSharp.Dom;
using Sitrep.Extract.Metadata.Dates.Html;

namespace Sitrep.Extract.Metadata.Html;

/// <summary>The text a reader sees, one line per block, without scripts, styles, comment threads and sidebars.</summary>
public static class VisibleText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "select", "option", "textarea", "iframe", "head", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "figcaption", "br", "hr",
    };

    public static string Of(IElement? root, int maxChars)
    {
        var sb = new StringBuilder();
        if (root is not null) Walk(root, sb, maxChars, 0);
        return sb.ToString();
    }

    private static void Walk(INode node, StringBuilder sb, int max, int depth)
    {
        if (depth > 200) return;
        foreach (var child in node.ChildNodes)
        {
            if (sb.Length >= max) return;
            if (child is IText t)
            {
                sb.Append(t.Data);
                continue;
            }
            if (child is not IElement e || Skipped.Contains(e.LocalName) || PageRegions.IsForeign(e)) continue;
            // Inline elements get a space on each side: "<span>16</span><span>Dec</span>" must not read "16Dec".
            char gap = Blocks.Contains(e.LocalName) ? '\n' : ' ';
            sb.Append(gap);
            Walk(e, sb, max, depth + 1);
            sb.Append(gap);
        }
    }
}
