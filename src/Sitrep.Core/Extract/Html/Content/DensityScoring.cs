using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Content;

/// <summary>
/// The scoring fallback when markup gives no usable hint: Readability's algorithm (Mozilla readability.js,
/// _grabArticle). Every paragraph-like block of 25+ characters scores 1 + its commas + one point per 100
/// characters (max 3); the score flows to its parent in full, its grandparent in half and further ancestors
/// (up to five levels) divided by 3×level. Ancestors start from a tag prior and ±25 for class names, are scaled
/// by (1 − link density), and the best one wins. Siblings that score well, or are plain prose paragraphs, are
/// merged, since stories are often split across adjacent containers.
/// </summary>
internal static partial class DensityScoring
{
    private const int MinParagraphChars = 25;
    private const int MaxAncestorLevels = 5;

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    public static ContentChoice? Find(IElement root, StatsTable stats)
    {
        var scores = new Dictionary<IElement, double>();
        DomWalk.Walk(root, n =>
        {
            if (n is not IElement e) return false;
            if (IsParagraphLike(e, stats, out int chars, out bool bareText))
            {
                double score = 1 + stats[e].Commas + Math.Min(chars / 100, 3);
                int level = 0;
                // A div holding bare text is its own paragraph's parent (Readability wraps such text in <p>
                // children of the div), so it is credited first.
                for (var a = bareText ? e : e.ParentElement; a is not null && level < MaxAncestorLevels; a = a.ParentElement, level++)
                {
                    if (!scores.ContainsKey(a)) scores[a] = Prior(a);
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores[a] += score / divider;
                    if (a == root) break;
                }
                return bareText;
            }
            return true;
        });
        if (scores.Count == 0) return null;

        IElement? top = null;
        double topScore = double.MinValue;
        foreach (var e in scores.Keys.ToList())
        {
            double scaled = scores[e] * (1 - stats[e].LinkDensity);
            scores[e] = scaled;
            if (scaled > topScore) { top = e; topScore = scaled; }
        }
        if (top is null) return null;
        top = Promote(top, topScore, scores);
        topScore = scores.GetValueOrDefault(top);
        return MergeSiblings(top, topScore, scores, stats);
    }

    /// <summary>Readability's tag and class priors.</summary>
    internal static double Prior(IElement e)
    {
        double score = e.LocalName switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(e);
    }

    internal static double ClassWeight(IElement e)
    {
        double w = 0;
        var cls = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        if (!string.IsNullOrEmpty(cls))
        {
            if (Negative().IsMatch(cls)) w -= 25;
            if (Positive().IsMatch(cls)) w += 25;
        }
        if (!string.IsNullOrEmpty(id))
        {
            if (Negative().IsMatch(id)) w -= 25;
            if (Positive().IsMatch(id)) w += 25;
        }
        return w;
    }

    /// <summary>p, pre, and td/blockquote without inner paragraphs are paragraphs (they credit their parent);
    /// a div/section whose own text (not its children's) reads as prose is a bare-text container, which
    /// Readability handles by wrapping that text in &lt;p&gt; children, so it credits itself.</summary>
    private static bool IsParagraphLike(IElement e, StatsTable stats, out int chars, out bool bareTextContainer)
    {
        var s = stats[e];
        chars = s.Text;
        bareTextContainer = false;
        switch (e.LocalName)
        {
            case "p" or "pre":
                return chars >= MinParagraphChars;
            case "td" or "blockquote":
                return chars >= MinParagraphChars && s.Paragraphs == 0;
            case "div" or "section" or "article" or "center" or "font":
                chars = s.DirectText;
                bareTextContainer = true;
                return s.DirectText >= MinParagraphChars;
            default:
                return false;
        }
    }

    /// <summary>
    /// Readability's two corrections to a top candidate that is only one part of the story: when several
    /// other near-top candidates (≥ 75 % of its score) share an ancestor, that ancestor holds the story; and a
    /// candidate that is its parent's only child says nothing its parent does not.
    /// </summary>
    private static IElement Promote(IElement top, double topScore, Dictionary<IElement, double> scores)
    {
        var rivals = new List<IElement>();
        foreach (var (e, s) in scores)
            if (e != top && s >= topScore * 0.75) rivals.Add(e);
        if (rivals.Count >= 3)
        {
            for (var parent = top.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
            {
                int containing = 0;
                foreach (var r in rivals) if (DomTree.IsAncestor(parent, r)) containing++;
                if (containing >= 3) { top = parent; break; }
            }
        }
        while (top.ParentElement is { } p && p.LocalName != "body" && p.Children.Length == 1) top = p;
        return top;
    }

    private static ContentChoice MergeSiblings(IElement top, double topScore, Dictionary<IElement, double> scores, StatsTable stats)
    {
        var roots = new List<IElement>();
        int total = 0;
        var parent = top.ParentElement;
        if (parent is null || top.LocalName == "body")
            return new ContentChoice([top], "density scoring", stats[top].Text);
        double threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class") ?? "";
        foreach (var sibling in parent.Children)
        {
            bool take = sibling == top;
            if (!take)
            {
                double bonus = topClass.Length > 0 && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
                if (scores.TryGetValue(sibling, out var s) && s + bonus >= threshold) take = true;
                else if (sibling.LocalName == "p")
                {
                    var st = stats[sibling];
                    take = (st.Text > 80 && st.LinkDensity < 0.25) || (st.Text is > 0 and <= 80 && st.LinkDensity == 0 && EndsSentence(sibling));
                }
            }
            if (!take) continue;
            roots.Add(sibling);
            total += stats[sibling].Text;
        }
        return new ContentChoice(roots, "density scoring", total);
    }

    private static bool EndsSentence(IElement p)
    {
        var text = TextOf.Collapsed(p);
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '»' or '。';
    }
}
