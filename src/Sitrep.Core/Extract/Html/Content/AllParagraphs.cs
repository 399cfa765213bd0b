using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Content;

/// <summary>
/// Last resort (trafilatura's "baseline"): every &lt;p&gt; on the pruned page with prose-like text and few
/// links. Used when neither hints nor scoring found a container, e.g. flat pages whose paragraphs are direct
/// children of &lt;body&gt; interleaved with chrome.
/// </summary>
internal static class AllParagraphs
{
    public static ContentChoice? Find(IElement root, StatsTable stats)
    {
        var roots = new List<IElement>();
        int total = 0;
        DomWalk.Walk(root, n =>
        {
            if (n is not IElement e) return false;
            if (e.LocalName is not ("p" or "pre" or "blockquote")) return true;
            var s = stats[e];
            if (s.Text >= 25 && s.LinkDensity < 0.5)
            {
                roots.Add(e);
                total += s.Text;
            }
            return false;
        });
        return roots.Count == 0 ? null : new ContentChoice(roots, "all paragraphs", total);
    }
}
