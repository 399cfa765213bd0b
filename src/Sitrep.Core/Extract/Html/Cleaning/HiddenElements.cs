using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>
/// Text a reader never sees: the <c>hidden</c> attribute (HTML §6.1), inline <c>display:none</c> /
/// <c>visibility:hidden</c>, and the screen-reader-only classes that carry "Share on Facebook (opens in a new
/// window)" or "Skip to content". Readability's _isProbablyVisible check, plus the class names. An
/// aria-hidden block with several paragraphs is kept (some sites mark a whole lazy-loaded story aria-hidden).
/// </summary>
internal sealed class HiddenElements : IPruneRule
{
    private static readonly NameSet HiddenClasses = new(
        "hidden", "hide", "sr-only", "screen-reader-text", "screen-reader-only", "visually-hidden", "visuallyhidden",
        "visually_hidden", "offscreen", "element-invisible", "u-hidden", "is-hidden", "d-none");

    public bool AppliesToBareElements => false;

    public string? Why(IElement element, in ElementNames names, PruneContext context)
    {
        if (names.Hidden) return "hidden";
        if (names.Style is { } style && IsHiddenStyle(style)) return "hidden";
        if (string.Equals(names.AriaHidden, "true", StringComparison.OrdinalIgnoreCase)
            && context.Stats[element].Paragraphs < 2 && !context.IsProtected(element))
            return "hidden";
        return HiddenClasses.AnyClass(names.Class) ? "hidden" : null;
    }

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase)
               || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
