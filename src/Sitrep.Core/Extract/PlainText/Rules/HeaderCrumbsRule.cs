using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: what sits above the article — category crumbs emptied by the scrape ("in ,", seeds 000/003), the
/// page's date line ("JULY 2022", "Sunday, 5 June 2016"), "Home » World » Syria" trails. Every line before the
/// first paragraph is a crumb, except headline-shaped lines below the title (a subtitle or a section heading,
/// seed 002).
/// </summary>
internal sealed class HeaderCrumbsRule : ILineRule
{
    public string Name => "header-crumbs";

    public void Apply(PageState page)
    {
        int titleLine = -1;
        for (int i = 0; i < page.Count; i++)
        {
            if (page.Labels[i] == LineLabel.Title && page.Claimed[i]) { titleLine = i; continue; }
            if (!page.IsFree(i)) continue;
            var line = page.Lines[i];
            if (line.Stats.IsParagraphLike) return;
            bool heading = titleLine >= 0 && line.Stats.IsHeadingLike && !Timestamps.IsDateLine(line.Text) && !Breadcrumbs.IsTrail(line.Text);
            if (!heading) page.Claim(i, LineLabel.Chrome, Name);
        }
    }
}
