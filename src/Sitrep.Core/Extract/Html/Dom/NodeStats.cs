using AngleSharp.Dom;

namespace Sitrep.Extract.Html.Dom;

/// <summary>Text measures of one element's subtree, gathered for every element in one post-order pass
/// (<see cref="StatsTable.Compute"/>), so heuristics never re-walk subtrees inside loops.</summary>
internal struct NodeStats
{
    /// <summary>Non-whitespace characters of text under the element.</summary>
    public int Text;
    /// <summary>Non-whitespace characters inside links (&lt;a&gt;).</summary>
    public int LinkText;
    /// <summary>Non-whitespace characters of text nodes that are direct children (a div used as a paragraph).</summary>
    public int DirectText;
    public int Commas;
    /// <summary>&lt;p&gt; descendants holding at least 20 characters.</summary>
    public int Paragraphs;
    public int Images;
    /// <summary>&lt;a&gt; descendants.</summary>
    public int Links;
    public int ListItems;
    public int Inputs;
    public int Depth;

    public readonly double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

    public void Subtract(in NodeStats child)
    {
        Text -= child.Text;
        LinkText -= child.LinkText;
        Commas -= child.Commas;
        Paragraphs -= child.Paragraphs;
        Images -= child.Images;
        Links -= child.Links;
        ListItems -= child.ListItems;
        Inputs -= child.Inputs;
    }

    public void Add(in NodeStats child)
    {
        Text += child.Text;
        LinkText += child.LinkText;
        Commas += child.Commas;
        Paragraphs += child.Paragraphs;
        Images += child.Images;
        Links += child.Links;
        ListItems += child.ListItems;
        Inputs += child.Inputs;
    }
}

/// <summary>Stats for every element under a root, computed once.</summary>
internal sealed class StatsTable
{
    private readonly Dictionary<IElement, NodeStats> _stats;

    private StatsTable(Dictionary<IElement, NodeStats> stats) => _stats = stats;

    public NodeStats this[IElement e] => _stats.TryGetValue(e, out var s) ? s : default;

    /// <summary>Detaches an element and takes its measures off its ancestors (cost: its depth), so one table
    /// serves before and after pruning without a second walk.</summary>
    public void Detach(IElement element)
    {
        if (_stats.TryGetValue(element, out var removed))
            for (var a = element.ParentElement; a is not null; a = a.ParentElement)
                if (_stats.TryGetValue(a, out var s))
                {
                    s.Subtract(removed);
                    _stats[a] = s;
                }
        element.Remove();
    }

    /// <param name="visit">Called for every element on entry, so other per-element scans share this walk.</param>
    public static StatsTable Compute(IElement root, Action<IElement>? visit = null)
    {
        var table = new Dictionary<IElement, NodeStats>(1024, ReferenceEqualityComparer.Instance);
        var open = new List<NodeStats>();
        DomWalk.Walk(root, node =>
        {
            switch (node)
            {
                case IText t:
                    if (open.Count > 0)
                    {
                        CountText(t.Data, out int chars, out int commas);
                        var s = open[^1];
                        s.Text += chars;
                        s.DirectText += chars;
                        s.Commas += commas;
                        open[^1] = s;
                    }
                    return false;
                case IElement e:
                    visit?.Invoke(e);
                    open.Add(new NodeStats { Depth = open.Count });
                    return true;
                default:
                    return false;
            }
        }, node =>
        {
            if (node is not IElement e) return;
            var s = open[^1];
            open.RemoveAt(open.Count - 1);
            switch (e.LocalName)
            {
                case "a": s.LinkText = s.Text; s.Links++; break;
                case "p" when s.Text >= 20: s.Paragraphs++; break;
                case "img": s.Images++; break;
                case "li": s.ListItems++; break;
                case "input" or "select" or "textarea" or "button": s.Inputs++; break;
            }
            table[e] = s;
            if (open.Count > 0)
            {
                var parent = open[^1];
                parent.Add(s);
                open[^1] = parent;
            }
        });
        return new StatsTable(table);
    }

    private static void CountText(string data, out int chars, out int commas)
    {
        chars = 0;
        commas = 0;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c)) continue;
            chars++;
            if (c is ',' or '،' or '，' or '、') commas++;
        }
    }
}
