using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>
/// WAI-ARIA landmark and widget roles (WAI-ARIA 1.2 §5.3.4 landmark roles, §5.3.2 widget roles) that mark site
/// chrome when a template uses plain &lt;div&gt;s instead of nav/header/footer: Readability's
/// _isUnlikelyCandidate role list.
/// </summary>
internal sealed class ChromeRoles : IPruneRule
{
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alertdialog",
        "alert", "toolbar", "tablist", "tooltip",
    };

    public bool AppliesToBareElements => false;

    public string? Why(IElement element, in ElementNames names, PruneContext context) =>
        names.Role is { } role && Roles.Contains(role.Trim()) && !context.IsProtected(element)
            ? "role " + role.Trim()
            : null;
}
