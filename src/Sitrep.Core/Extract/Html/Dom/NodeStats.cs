using AngleSharp.Dom;
using AngleSharp.Text;

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
/// <remarks>
/// Each element's stats live in a small object hung on the element itself (<see cref="Slot"/>), not in a
/// dictionary keyed by element: elements have no hash code of their own, and giving ~1,000 new objects per page
/// an identity hash (a call into the runtime each) was 8 % of extraction time on the AEB pages. The slot is
/// AngleSharp's settable <c>Element.SourceReference</c>, which the parser leaves empty because
/// <see cref="Source.HtmlParsing"/> turns position tracking off and nothing in Sitrep reads positions.
/// An element that cannot carry a slot (not an AngleSharp <see cref="Element"/>) falls back to a dictionary.
/// </remarks>
internal sealed class StatsTable
{
    private Dictionary<IElement, Slot>? _fallback;

    /// <summary>One element's stats, owned by one table (a slot left by another table reads as absent).
    /// Elements outside the measured subtree (the root's ancestors) get a slot only to be marked protected.</summary>
    private sealed class Slot(StatsTable owner, NodeStats stats, bool measured) : ISourceReference
    {
        public readonly StatsTable Owner = owner;
        public readonly bool Measured = measured;
        public NodeStats Stats = stats;
        public bool Protected;
        TextPosition ISourceReference.Position => default;
    }

    private StatsTable() { }

    public NodeStats this[IElement e] => SlotOf(e) is { Measured: true } slot ? slot.Stats : default;

    /// <summary>Marks an element that pruning must keep (on the path to a strong content hint). Kept in the
    /// element's slot rather than a set for the same reason as the stats: every pruning rule asks, for every element.</summary>
    public void Protect(IElement e)
    {
        var slot = SlotOf(e) ?? Set(e, default, measured: false);
        slot.Protected = true;
    }

    public bool IsProtected(IElement e) => SlotOf(e) is { Protected: true };

    private Slot? SlotOf(IElement e)
    {
        if (e is Element { SourceReference: Slot slot } && slot.Owner == this) return slot;
        return _fallback is not null && _fallback.TryGetValue(e, out var s) ? s : null;
    }

    private Slot Set(IElement e, in NodeStats stats, bool measured = true)
    {
        var slot = new Slot(this, stats, measured);
        if (e is Element element) element.SourceReference = slot;
        else (_fallback ??= new Dictionary<IElement, Slot>(ReferenceEqualityComparer.Instance))[e] = slot;
        return slot;
    }

    /// <summary>Detaches an element and takes its measures off its ancestors (cost: its depth), so one table
    /// serves before and after pruning without a second walk.</summary>
    public void Detach(IElement element)
    {
        if (SlotOf(element) is { Measured: true } removed)
            for (var a = element.ParentElement; a is not null; a = a.ParentElement)
                if (SlotOf(a) is { Measured: true } ancestor) ancestor.Stats.Subtract(removed.Stats);
        element.Remove();
    }

    /// <param name="visit">Called for every element on entry, so other per-element scans share this walk.</param>
    public static StatsTable Compute(IElement root, Action<IElement>? visit = null)
    {
        var table = new StatsTable();
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
            table.Set(e, s);
            if (open.Count > 0)
            {
                var parent = open[^1];
                parent.Add(s);
                open[^1] = parent;
            }
        });
        return table;
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
