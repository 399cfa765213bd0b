using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: everything under the comment section being read as article (seeds 000, 002, 003, 004). The article
/// ends at the first comment-section marker — a comment-form line of the lexicon ("What do you think?",
/// "Leave a Reply", "No comments:") or a comment count ("2 thoughts on “…”", "12 Comments", "5 комментариев")
/// — that comes after the first paragraph (menus at the top also say "Comments").
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
            if (page.Reasons[i] is "lexicon-form" or "comment-count") { page.ArticleEnd = i; return; }
        }
    }

    [GeneratedRegex(@"^(\d+|one|two|no)\s+(comments?|thoughts? on|responses? (to|on)|replies to|reactions?|коммент\w*|отзыв\w*|ответ\w* на|коментар\w*|відгук\w*|kommentare?|antworten auf|تعليق\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCount();
}
