using System.Text;
using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Render;

/// <summary>
/// Writes the chosen containers as paragraphs: every block element (p, headings, list items, blockquotes,
/// table cells, divs) and every &lt;br&gt; ends a paragraph; text inside a paragraph has its whitespace
/// collapsed. Block filters drop whole elements, paragraph filters drop finished lines; both log to
/// <see cref="RemovalLog"/>.
/// </summary>
internal sealed class ParagraphWriter
{
    private static readonly LinkLists LinkLists = new();
    private static readonly ConditionalClean ConditionalClean = new();
    private static readonly BoilerplateLines BoilerplateLines = new();

    private readonly StatsTable stats;
    private readonly RemovalLog log;
    private readonly IBlockFilter[] BlockFilters;
    private readonly IParagraphFilter[] ParagraphFilters;

    public ParagraphWriter(StatsTable stats, RemovalLog log, string? title)
    {
        this.stats = stats;
        this.log = log;
        var titleRule = new TitleAndByline(title);
        BlockFilters = [titleRule, LinkLists, ConditionalClean];
        ParagraphFilters = [titleRule, BoilerplateLines];
    }

    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _line = new();
    private IReadOnlyList<IElement> _excluded = [];
    private bool _seenProse;
    private bool _inRelatedRun;
    private int _linkDepth;
    private int _lineLinkChars;

    public IReadOnlyList<string> Paragraphs => _paragraphs;

    public void Write(IReadOnlyList<IElement> roots, IReadOnlyList<IElement>? excluded = null)
    {
        _excluded = excluded ?? [];
        foreach (var root in roots)
        {
            Flush();
            DomWalk.Walk(root, Enter, Leave);
            Flush();
        }
    }

    private bool Enter(INode node)
    {
        if (node is IText t)
        {
            int before = _line.Length;
            TextOf.AppendCollapsed(_line, t.Data);
            if (_linkDepth > 0) _lineLinkChars += _line.Length - before;
            return false;
        }
        if (node is not IElement e) return false;
        if (e.LocalName is "script" or "style" or "noscript" or "template") return false;
        foreach (var x in _excluded)
            if (x == e)
            {
                Flush();
                log.Add(e, "nested article (related content)");
                return false;
            }
        foreach (var filter in BlockFilters)
            if (filter.Why(e, stats) is { } reason)
            {
                Flush();
                log.Add(e, reason);
                return false;
            }
        if (Tags.IsBlock(e)) Flush();
        if (e.LocalName == "a") _linkDepth++;
        return true;
    }

    private void Leave(INode node)
    {
        if (node is not IElement e) return;
        if (e.LocalName == "a") _linkDepth--;
        if (Tags.IsBlock(e)) Flush();
    }

    private static bool IsCapitalisedHeadline(string text)
    {
        int upper = 0, lower = 0, spaces = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (c == ' ') spaces++;
        }
        return spaces >= 3 && upper >= 12 && lower <= upper / 20;
    }

    private void Flush()
    {
        if (_line.Length == 0) return;
        var text = _line.ToString().Trim();
        bool allLink = _lineLinkChars >= text.Length * 0.8;
        _line.Clear();
        _lineLinkChars = 0;
        if (text.Length == 0) return;
        // "You may also like..." followed by headline links: the links after a related-insert label belong to it.
        if (_inRelatedRun && allLink)
        {
            log.AddText(text, "related insert");
            return;
        }
        _inRelatedRun = false;
        // "TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS ...": a headline in capitals that is all link is a teaser
        // for another story (Fox News, tabloids), not the author's own line.
        if (allLink && IsCapitalisedHeadline(text))
        {
            log.AddText(text, "related insert");
            return;
        }
        foreach (var filter in ParagraphFilters)
            if (filter.Why(text, !_seenProse) is { } reason)
            {
                log.AddText(text, reason);
                _inRelatedRun = reason == "related insert";
                return;
            }
        _paragraphs.Add(text);
        if (text.Length >= 150) _seenProse = true;
    }
}
