using Sitrep.Extract.PlainText.Templates;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: site furniture that no lexicon can list because each site words it its own way ("in ," crumbs,
/// slogans, a site's own donation box): lines that recur on several pages of one outlet (<see cref="TemplateMemory"/>).
/// A recurring paragraph-like line is spared unless it recurs on more pages still: two reports of one outlet
/// may quote the same statement, but a boilerplate paragraph shows up on page after page.
/// Also fixes: a page whose article recurs whole (the same story crawled twice, a syndicated copy, a corpus
/// with duplicate rows) lost its entire body as "template". Furniture is a small part of a page's prose; when
/// most of the page's paragraphs recur, the page is a copy, and only its short non-paragraph lines can be chrome.
/// </summary>
internal sealed class TemplateRule(TemplateMemory memory) : ILineRule
{
    public string Name => "template";

    public void Apply(PageState page)
    {
        if (page.OutletKey is null) return;
        int paragraphs = 0, recurringParagraphs = 0;
        var counts = new int[page.Count];
        for (int i = 0; i < page.Count; i++)
        {
            var line = page.Lines[i];
            counts[i] = memory.CountShape(line.ShapeHash, page.OutletHash);
            if (!line.Stats.IsParagraphLike) continue;
            paragraphs++;
            if (counts[i] >= memory.MinDocuments) recurringParagraphs++;
        }
        bool copyOfAnotherPage = paragraphs > 0 && recurringParagraphs * 2 > paragraphs;
        for (int i = 0; i < page.Count; i++)
        {
            if (!page.IsFree(i) || counts[i] < memory.MinDocuments) continue;
            bool paragraphLike = page.Lines[i].Stats.IsParagraphLike;
            if (paragraphLike && (copyOfAnotherPage || counts[i] < memory.MinDocuments + 1)) continue;
            page.Claim(i, LineLabel.Chrome, Name);
        }
    }
}
