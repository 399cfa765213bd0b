using Sitrep.Documents;
using Sitrep.Extract.PlainText.Lexicon;
using Sitrep.Extract.PlainText.Rules;
using Sitrep.Extract.PlainText.Templates;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText;

/// <summary>
/// Line-based extraction for pages whose markup is already gone (scraped text such as the seeds). Every
/// non-blank line goes through a cascade of small named heuristics (<see cref="Rules"/>); the first rule that
/// claims a line names the reason it is not article text. What no rule claims is the body, one paragraph per
/// line. Reader comments go to <see cref="Document.Comments"/>, cut lines with their reason to
/// <see cref="Document.Removed"/>, and the headline to <see cref="Document.Title"/> only (as trafilatura does,
/// the title line is not repeated at the top of the body).
/// Thread-safe: the rules are stateless and the shared <see cref="TemplateMemory"/> is concurrent.
/// </summary>
public sealed class TextExtractor : IPageExtractor
{
    /// <summary>Below this many words of article text a page has no article (home page, 404, paywall stub).</summary>
    private const int MinArticleWords = 25;

    private readonly BoilerplateLexicon lexicon = BoilerplateLexicon.Default;
    private readonly ILineRule[] rules;

    public TextExtractor(TemplateMemory? templates = null)
    {
        Templates = templates ?? new TemplateMemory();
        rules =
        [
            new TitleRule(),
            new LexiconRule(lexicon),
            new ArticleEndRule(),
            new WidgetRule(),
            new DisclaimerRule(),
            new AppealRule(),
            new ReadMoreRule(),
            new CaptionRule(),
            new LinkDensityRule(),
            new TemplateRule(Templates),
            new RelatedTitlesRule(),
            new ThreadRule(),
            new AppealClusterRule(),
            new HeaderCrumbsRule(),
            new MainRegionRule(),
        ];
    }

    /// <summary>The site templates this extractor learns from (shared by all its calls).</summary>
    public TemplateMemory Templates { get; }

    /// <summary>Pre-pass: lets the template memory see a page before any page is extracted (see <see cref="TemplateMemory"/>).</summary>
    public void Observe(DecodedPage page)
    {
        var lines = PageLine.Split(page.Content);
        Templates.ObserveShapes(lines.Select(l => l.ShapeHash), OutletKey.For(page, lines.ConvertAll(l => l.Text)), page.Raw.Id);
    }

    public Document Extract(DecodedPage page)
    {
        var lines = PageLine.Split(page.Content);
        var texts = lines.ConvertAll(l => l.Text);
        var outletKey = OutletKey.For(page, texts);
        Templates.ObserveShapes(lines.Select(l => l.ShapeHash), outletKey, page.Raw.Id);

        var guess = string.IsNullOrWhiteSpace(page.Raw.Hints.Title) ? TitleRule.Guess(lines, lexicon) : page.Raw.Hints.Title;
        var state = Classify(lines, guess, outletKey);
        var (body, warnings) = Body(state);
        var meta = Metadata.TextMetadata.Read(texts, body, page);
        // The line cascade's own headline is authoritative: it is the line the rules took out of the body. When
        // it found none, the metadata reader's title is reported but nothing more is cut: on pages without a
        // headline that title is often the first sentence, and losing article text is worse than repeating it.

        return new Document
        {
            Id = page.Raw.Id,
            Source = page.Raw.Source,
            Body = body,
            Title = guess ?? meta.Title,
            Authors = meta.Authors,
            Outlet = meta.Outlet,
            Published = meta.Published,
            Comments = [.. state.Comments],
            Removed = Removed(state, body.Length == 0),
            Hints = page.Raw.Hints,
            Warnings = [.. page.Warnings, .. warnings, .. meta.Warnings],
        };
    }

    /// <summary>Runs the cascade; every line ends up labelled (Article for what no rule claimed).</summary>
    internal PageState Classify(IReadOnlyList<PageLine> lines, string? title, string? outletKey)
    {
        var state = new PageState(lines, title, outletKey);
        foreach (var rule in rules) rule.Apply(state);
        for (int i = 0; i < state.Count; i++) state.Claim(i, LineLabel.Article, "article");
        return state;
    }

    internal PageState Classify(DecodedPage page)
    {
        var lines = PageLine.Split(page.Content);
        var texts = lines.ConvertAll(l => l.Text);
        var key = OutletKey.For(page, texts);
        Templates.ObserveShapes(lines.Select(l => l.ShapeHash), key, page.Raw.Id);
        var title = string.IsNullOrWhiteSpace(page.Raw.Hints.Title) ? TitleRule.Guess(lines, lexicon) : page.Raw.Hints.Title;
        return Classify(lines, title, key);
    }

    private static (string Body, List<string> Warnings) Body(PageState state)
    {
        var article = new List<string>();
        int words = 0;
        bool prose = false;
        for (int i = 0; i < state.Count; i++)
        {
            if (state.Labels[i] != LineLabel.Article) continue;
            article.Add(state.Lines[i].Text);
            words += state.Lines[i].Stats.Words;
            prose |= state.Lines[i].Stats.IsParagraphLike;
        }
        var warnings = new List<string>();
        if (state.LooksLikeErrorPage && words < 4 * MinArticleWords)
        {
            warnings.Add("no article: the page reads as an error page (\"not found\"); body left empty");
            return ("", warnings);
        }
        if (!prose || words < MinArticleWords)
        {
            warnings.Add(state.Count == 0
                ? "no article: the page is empty"
                : $"no article: only navigation, widgets or short lines were found ({words} words of candidate text); body left empty");
            return ("", warnings);
        }
        return (string.Join("\n\n", article), warnings);
    }

    private static List<RemovedBlock> Removed(PageState state, bool bodyEmpty)
    {
        var removed = new List<RemovedBlock>();
        for (int i = 0; i < state.Count; i++)
        {
            var label = state.Labels[i];
            if (label == LineLabel.Comment) continue;
            if (label == LineLabel.Article && !bodyEmpty) continue;
            removed.Add(new RemovedBlock(state.Lines[i].Text, label == LineLabel.Article ? "no-article" : state.Reasons[i] ?? "chrome"));
        }
        return removed;
    }
}
