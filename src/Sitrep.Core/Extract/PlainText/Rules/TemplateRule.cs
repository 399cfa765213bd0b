using Sitrep.Extract.PlainText.Templates;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: site furniture that no lexicon can list because each site words it its own way ("in ," crumbs,
/// slogans, a site's own donation box): lines that recur on several pages of one outlet (<see cref="TemplateMemory"/>).
/// A recurring paragraph-like line is spared unless it recurs on more pages still: two reports of one outlet
/// may quote the same statement, but a boilerplate paragraph shows up on page after page.
/// </summary>
internal sealed class TemplateRule(TemplateMemory memory) : LocalLineRule
{
    public override string Name => "template";

    protected override bool Matches(PageState page, int i)
    {
        if (page.OutletKey is null) return false;
        var line = page.Lines[i];
        int docs = memory.CountShape(line.ShapeHash, page.OutletHash);
        if (docs < memory.MinDocuments) return false;
        return !line.Stats.IsParagraphLike || docs >= memory.MinDocuments + 1;
    }
}
