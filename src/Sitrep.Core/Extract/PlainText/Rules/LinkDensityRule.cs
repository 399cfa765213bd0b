namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: menus and link lists that survive as "[Home](/) [World](/world)" or bare URLs on their own line.
/// Where more than half of a line's characters are link, it is navigation, not prose (Kohlschütter et al. 2010,
/// link density). Comment threads are exempt: readers paste links into comments (seed 001).
/// </summary>
internal sealed class LinkDensityRule : LocalLineRule
{
    private const double MaxLinkShare = 0.5;

    public override string Name => "link-density";

    protected override bool Matches(PageState page, int i) => page.Lines[i].Stats.LinkShare > MaxLinkShare;
}
