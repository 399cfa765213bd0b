using System.Buffers;

namespace Sitrep.Extract.Html.Content;

/// <summary>
/// The class and id names publishing systems give the story container (trafilatura's BODY_XPATH names):
/// strong ones (tier 1 of <see cref="ContentHints"/>) and weak ones (tier 3), matched as case-insensitive
/// substrings of the attribute value.
/// </summary>
internal static class ContentClassNames
{
    public const int Strong = 1;
    public const int Weak = 2;

    private static readonly string[] StrongNames =
    [
        "articlebody", "article-body", "article_body", "article__body", "article-content", "article_content",
        "article__content", "articlecontent", "article-text", "article_text", "articletext", "article__text",
        "entry-content", "entry_content", "entrycontent", "post-content", "post_content", "postcontent", "post-body",
        "post_body", "postbody", "post-entry", "postentry", "post-text", "post_text", "posttext", "story-body",
        "story_body", "storybody", "story-content", "storycontent", "story-text", "body-text", "bodytext",
        "article-main", "news-body", "news-content", "news-text", "newsbody", "text-content", "td-post-content",
        "field-body", "field-name-body", "c-entry-content", "rich-text", "richtext", "article-detail", "detail-body",
        "content-body", "content__body", "contentbody", "single-content", "blog-content", "the-content", "fulltext",
        "full-text", "main-text", "maintext", "art-content", "article__container", "post-single-content",
        "entry-body", "single-post-content", "content-text", "article-entry", "articletext",
    ];

    private static readonly string[] WeakNames =
    [
        "main-content", "maincontent", "main_content", "content-main", "content_main", "page-content", "pagecontent",
        "primary-content", "single-post", "story", "content",
    ];

    private static readonly SearchValues<string> StrongSearch = SearchValues.Create(StrongNames, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> WeakSearch = SearchValues.Create(WeakNames, StringComparison.OrdinalIgnoreCase);
    private static readonly int StrongShortest = StrongNames.Min(n => n.Length);
    private static readonly int WeakShortest = WeakNames.Min(n => n.Length);
    private static readonly int Shortest = Math.Min(StrongShortest, WeakShortest);

    /// <summary>Answers kept per thread, by attribute value: a page repeats its class values (every menu item,
    /// every teaser), and a case-insensitive search for ~80 names costs about a microsecond a value, which made
    /// this test the largest part of the measuring walk. Cleared when full, so a page of unique names cannot grow it.</summary>
    [ThreadStatic] private static Dictionary<string, int>? t_answers;
    private const int MaxAnswers = 8192;

    /// <summary><see cref="Strong"/> and/or <see cref="Weak"/> when a class or id value contains such a name, else 0.</summary>
    public static int Match(string? names)
    {
        // A value shorter than every name cannot contain one: most are ("row", "clearfix", "btn").
        if (names is null || names.Length < Shortest) return 0;
        var answers = t_answers ??= new Dictionary<string, int>();
        if (answers.TryGetValue(names, out int match)) return match;
        match = (Contains(names, StrongSearch, StrongShortest) ? Strong : 0) | (Contains(names, WeakSearch, WeakShortest) ? Weak : 0);
        if (answers.Count >= MaxAnswers) answers.Clear();
        answers[names] = match;
        return match;
    }

    private static bool Contains(string names, SearchValues<string> needles, int shortest) =>
        names.Length >= shortest && names.AsSpan().IndexOfAny(needles) >= 0;
}
