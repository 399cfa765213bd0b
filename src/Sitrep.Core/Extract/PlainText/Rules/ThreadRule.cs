using Sitrep.Extract.PlainText.Comments;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: reader comments left in the body (seeds 001, 002). The thread starts at the comment-section marker
/// (<see cref="ArticleEndRule"/>) or, with no marker, where <see cref="UnmarkedThread"/> finds readers talking,
/// and runs to the end of the page. Inside it, only real furniture (lexicon, comment counts, appeals,
/// disclaimers, related titles, non-time widgets) stays chrome: lines the local rules merely guessed at
/// (a pasted link, a recurring commenter name, a time stamp) go back to the thread, which
/// <see cref="CommentSplitter"/> cuts into comments.
/// </summary>
internal sealed class ThreadRule : ILineRule
{
    public string Name => "comment-thread";

    public void Apply(PageState page)
    {
        int end = Math.Min(page.ArticleEnd, page.Count);
        int unmarked = UnmarkedThread.FindStart(page, end);
        int start = unmarked >= 0 ? unmarked : end < page.Count ? end : -1;
        if (start < 0) return;
        page.ThreadStart = start;
        int typicalGap = TypicalParagraphGap(page, start);
        for (int i = start; i < page.Count; i++)
            if (page.IsChrome(i) && IsGuess(page, i)) page.Release(i);
        page.Comments.AddRange(CommentSplitter.Split(page, start, typicalGap));
    }

    private static bool IsGuess(PageState page, int i) => page.Reasons[i] switch
    {
        "caption" or "link-density" or "read-more" or "template" => true,
        "widget" => page.Lines[i].IsTimestamp,
        _ => false,
    };

    /// <summary>The blank-line gap the page puts between article paragraphs (its most common one).</summary>
    private static int TypicalParagraphGap(PageState page, int threadStart)
    {
        Span<int> counts = stackalloc int[4];
        for (int i = 1; i < threadStart; i++)
            if (page.IsFree(i) && page.Lines[i].Stats.IsParagraphLike) counts[Math.Min(3, page.Lines[i].BlanksBefore)]++;
        int best = 1;
        for (int g = 0; g < 4; g++) if (counts[g] > counts[best]) best = g;
        return best;
    }
}
