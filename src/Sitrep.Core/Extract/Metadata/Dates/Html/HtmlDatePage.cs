using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sitrep.Extract.Html.Source;
using Sitrep.Extract.Metadata.Html;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>What the HTML date rules read: the DOM, its scripts and JSON-LD, the page address and the plausible window. Built once per page.</summary>
public sealed class HtmlDatePage(IHtmlDocument dom, MarkupIndex markup, ScriptBlocks scripts, JsonLd jsonLd, string? url, DateWindow window)
{
    /// <summary>The elements the rules read, gathered in one walk.</summary>
    public MarkupIndex Markup { get; } = markup;
    /// <summary>The page's scripts, read from the source (the parser leaves script elements empty).</summary>
    public ScriptBlocks Scripts { get; } = scripts;
    public IHtmlDocument Dom { get; } = dom;
    public JsonLd JsonLd { get; } = jsonLd;
    public string? Url { get; } = url;
    public DateWindow Window { get; } = window;

    private string? _visibleText;

    /// <summary>The page's visible text outside comment threads and sidebars, lines per block, bounded in size.</summary>
    public string VisibleText => _visibleText ??= Metadata.Html.VisibleText.Of(Dom.Body, 300_000);
}
