namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: the "more stories" block at the foot of the page ("Jill Stein’s Russian hacking claim ‘spectral…’,
/// says U.S. Federal Judge", "Tucker Carlson and Mark Steyn feel pity for Hillary Clinton… (Video)", seeds
/// 000/003). After the end of the article, the run of lines below the last piece of furniture that are all
/// headlines — short, no sentence end, no reader's first or second person — is a related-article list.
/// </summary>
internal sealed class RelatedTitlesRule : ILineRule
{
    private const int MaxWords = 25;

    public string Name => "related-titles";

    public void Apply(PageState page)
    {
        if (page.ArticleEnd >= page.Count) return;
        int lastChrome = page.ArticleEnd;
        for (int i = page.Count - 1; i > page.ArticleEnd; i--)
            if (page.IsChrome(i)) { lastChrome = i; break; }
        int firstTitle = page.Count;
        for (int i = page.Count - 1; i > lastChrome; i--)
        {
            if (!IsHeadline(page, i)) break;
            firstTitle = i;
        }
        for (int i = firstTitle; i < page.Count; i++) page.Claim(i, LineLabel.Chrome, Name);
    }

    private static bool IsHeadline(PageState page, int i)
    {
        var line = page.Lines[i];
        if (!page.IsFree(i) || line.Stats.Words is < 3 or > MaxWords || line.Stats.LetterShare < 0.6) return false;
        var text = line.Text.TrimEnd();
        bool sentenceEnd = text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('…');
        return !sentenceEnd && Comments.CommentVoice.Score(text) <= 0 && Comments.AuthorLine.Name(line) is null;
    }
}
