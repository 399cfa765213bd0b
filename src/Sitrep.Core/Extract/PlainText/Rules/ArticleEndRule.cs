using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: everything under the comment section being read as article (seeds 000, 002, 003, 004). The article
/// ends at the first comment-section marker — a comment-form line of the lexicon ("What do you think?",
/// "Leave a Reply", "No comments:") or a comment count ("2 thoughts on “…”", "12 Comments", "5 комментариев")
/// — that comes after the first paragraph (menus at the top also say "Comments"). Weak markers need furniture, a
/// name or a time stamp right after them.
/// </summary>
internal sealed partial class ArticleEndRule : ILineRule
{
    public string Name => "comment-count";

    public void Apply(PageState page)
    {
        for (int i = 0; i < page.Count; i++)
            if (page.IsFree(i) && page.Lines[i].Stats.Words <= 60 && CommentCount().IsMatch(page.Lines[i].Text))
                page.Claim(i, LineLabel.Chrome, Name);

        int firstParagraph = -1;
        for (int i = 0; i < page.Count; i++)
        {
            if (firstParagraph < 0)
            {
                if (page.IsFree(i) && page.Lines[i].Stats.IsParagraphLike) firstParagraph = i;
                continue;
            }
            if (page.Reasons[i] is not ("lexicon-form" or "comment-count")) continue;
            if (!Weak.Contains(page.Lines[i].Normalized) || ThreadFollows(page, i))
            {
                page.ArticleEnd = i;
                return;
            }
            // A weak marker followed by more prose is the author's own line: give it back to the article.
            if (i + 1 < page.Count && page.IsFree(i + 1) && page.Lines[i + 1].Stats.IsParagraphLike) page.Release(i);
        }
    }

    /// <summary>Form phrases an author may also write inside an article ("What do you think?" as a closing question,
    /// a "Comments" heading): they end the article only when furniture, a name or a time stamp follows.</summary>
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "what do you think", "comments", "comment", "discussion", "join the discussion", "join the conversation", "newest", "oldest",
        "was denken sie", "kommentare", "комментарии", "комментарий", "обсуждение", "коментарі", "коментар", "التعليقات", "تعليقات",
    };

    private static bool ThreadFollows(PageState page, int i)
    {
        if (i + 1 >= page.Count) return true;
        var next = page.Lines[i + 1];
        return page.IsChrome(i + 1) || next.IsTimestamp || Comments.AuthorLine.Name(next) is not null;
    }

    [GeneratedRegex(@"^(\d+|one|two|no)\s+(comments?|thoughts? on|responses? (to|on)|replies to|reactions?|коммент\w*|отзыв\w*|ответ\w* на|коментар\w*|відгук\w*|kommentare?|antworten auf|تعليق\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCount();
}
