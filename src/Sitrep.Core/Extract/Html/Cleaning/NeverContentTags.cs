using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>
/// Elements that never hold article prose: scripts and styles (their text is code), embedded media and
/// controls, and the HTML sectioning elements for site chrome (§4.3.4 nav, §4.3.5 aside, §4.3.8 header,
/// §4.3.9 footer). Header, footer and form get one exception: some templates wrap the whole page in a
/// &lt;form&gt; (ASP.NET) or put the story inside a &lt;header&gt;, which trafilatura's unconditional removal
/// empties; an element holding three or more real paragraphs is left to the later rules.
/// </summary>
internal sealed class NeverContentTags : IPruneRule
{
    private static readonly HashSet<string> Always = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "link", "meta",
        "button", "select", "textarea", "input", "nav", "aside", "dialog", "menu", "map", "audio", "video", "head",
    };

    public bool AppliesToBareElements => true;

    public string? Why(IElement element, in ElementNames names, PruneContext context)
    {
        var name = element.LocalName;
        if (Always.Contains(name)) return name switch
        {
            "nav" or "menu" => "navigation",
            "aside" => "aside",
            "button" or "select" or "textarea" or "input" => "form control",
            _ => "non-text element",
        };
        if (name is "header" or "footer" or "form" && !context.IsProtected(element) && context.Stats[element].Paragraphs < 3)
            return name == "form" ? "form" : "page " + name;
        return null;
    }
}
