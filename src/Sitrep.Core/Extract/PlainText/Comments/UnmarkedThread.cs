using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Comments;

/// <summary>
/// Finds a comment thread that no marker announces (seed 001: the scrape lost the "Comments" heading; the
/// article simply stops and readers take over). Evidence: at least <see cref="MinNameLines"/> commenter-name
/// lines, each followed by text, with some name recurring (people answer each other). The thread then starts
/// at the first name line, or earlier: the paragraphs just above it that speak in a reader's voice
/// (<see cref="CommentVoice"/>) are anonymous comments. The walk back stops at the first news-voiced paragraph
/// and never takes more than half of the article's paragraphs.
/// </summary>
internal static class UnmarkedThread
{
    private const int MinNameLines = 3;
    /// <summary>A thread follows an article: name lines before this many paragraphs are speaker labels or bylines.</summary>
    private const int MinArticleParagraphs = 3;

    /// <returns>Index of the first thread line, or -1.</returns>
    public static int FindStart(PageState page, int searchEnd)
    {
        int firstParagraph = -1, paragraphs = 0;
        var nameLines = new List<int>();
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < Math.Min(searchEnd, page.Count); i++)
        {
            if (page.IsChrome(i) && page.Reasons[i] != "template") continue;
            var line = page.Lines[i];
            if (line.Stats.IsParagraphLike) paragraphs++;
            if (firstParagraph < 0) { if (line.Stats.IsParagraphLike) firstParagraph = i; continue; }
            if (nameLines.Count == 0 && paragraphs < MinArticleParagraphs) continue;
            if (AuthorLine.Name(line) is not { } name || !FollowedByText(page, i)) continue;
            nameLines.Add(i);
            names[name] = names.GetValueOrDefault(name) + 1;
        }
        if (nameLines.Count < MinNameLines || names.Values.Max() < 2) return -1;

        int start = nameLines[0];
        int articleParagraphs = 0;
        for (int i = firstParagraph; i < start; i++) if (page.IsFree(i) && page.Lines[i].Stats.Words >= 3) articleParagraphs++;
        int taken = 0;
        for (int i = start - 1; i > firstParagraph; i--)
        {
            if (!page.IsFree(i)) continue;
            if (CommentVoice.Score(page.Lines[i].Text) <= 0 || (taken + 1) * 2 > articleParagraphs) break;
            start = i;
            taken++;
        }
        return start;
    }

    private static bool FollowedByText(PageState page, int i)
    {
        for (int j = i + 1; j < page.Count && j <= i + 2; j++)
        {
            var next = page.Lines[j];
            if (next.IsTimestamp) continue;
            return next.Stats.Words >= 3 && AuthorLine.Name(next) is null;
        }
        return false;
    }
}
