using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: the headline repeated as the first paragraph of the body. Like trafilatura, the body is the
/// article's own text and the title lives in <c>title</c> only. The title line is the first line near the
/// top equal to the known title (metadata), or which starts with it ("Title | Site"), or ends with it.
/// </summary>
internal sealed class TitleRule : ILineRule
{
    /// <summary>How far down the title may sit: below the crumbs, dates and menus of the header.</summary>
    private const int SearchLines = 12;

    public string Name => "title";

    public void Apply(PageState page)
    {
        var title = page.Title;
        if (string.IsNullOrWhiteSpace(title)) return;
        var key = LineNormalizer.Normalize(title);
        if (key.Length == 0) return;
        for (int i = 0; i < Math.Min(SearchLines, page.Count); i++)
        {
            var line = page.Lines[i].Normalized;
            if (line == key || (line.Length <= key.Length + 40 && (line.StartsWith(key, StringComparison.Ordinal) || line.EndsWith(key, StringComparison.Ordinal))))
            {
                page.Claim(i, LineLabel.Title, Name);
                return;
            }
        }
    }

    /// <summary>
    /// When metadata found no title: the first headline-shaped line among the top lines, before any paragraph
    /// (seeds: the line under "in ," or under the page date).
    /// </summary>
    public static string? Guess(IReadOnlyList<PageLine> lines, Lexicon.BoilerplateLexicon lexicon)
    {
        for (int i = 0; i < Math.Min(6, lines.Count); i++)
        {
            var line = lines[i];
            if (line.Stats.IsHeadingLike && line.Stats.LinkShare == 0 && !Breadcrumbs.IsTrail(line.Text)
                && !Timestamps.IsDateLine(line.Text) && lexicon.Match(line) == Lexicon.BoilerplateKind.None)
                return line.Text;
            if (line.Stats.IsParagraphLike) return null;
        }
        return null;
    }
}
