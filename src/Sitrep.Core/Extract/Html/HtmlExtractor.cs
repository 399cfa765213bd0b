using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sitrep.Documents;
using Sitrep.Extract.Html.Cleaning;
using Sitrep.Extract.Html.Comments;
using Sitrep.Extract.Html.Content;
using Sitrep.Extract.Html.Dom;
using Sitrep.Extract.Html.Render;
using Sitrep.Extract.Html.Source;
using Document = Sitrep.Documents.Document;

namespace Sitrep.Extract.Html;

/// <summary>
/// DOM-based extraction of the article body and reader comments. The steps, each a small rule set:
/// 1. comments out first (<see cref="CommentExtractor"/>): a thread otherwise scores like an article;
/// 2. chrome pruned (<see cref="Pruner"/>): scripts, hidden text, landmarks, widgets, chrome class names,
///    never on the path to a strong content hint;
/// 3. the article container chosen (<see cref="ContentLocator"/>): hints, density score, all paragraphs;
/// 4. its text written as paragraphs (<see cref="ParagraphWriter"/>) minus inserts and appeals.
/// When the result is not an article (too short, or mostly links: a home page, a 404, a paywall stub) the
/// body stays short or empty and a warning says so; the whole page is never returned as the body.
/// </summary>
public sealed class HtmlExtractor : IPageExtractor
{
    /// <summary>Visible characters (no whitespace) below which a page is said to have no article.</summary>
    internal const int MinArticleChars = 250;
    /// <summary>Readability's retry threshold: a result this short after class-name pruning is retried without it.</summary>
    private const int RetryBelowChars = 500;

    public Document Extract(DecodedPage page) => ExtractExplained(page).Document;

    /// <summary>The document plus the name of the rule that chose the article container (for evaluation dumps).</summary>
    public (Document Document, string Rule) ExtractExplained(DecodedPage page)
    {
        using var dom = HtmlParsing.Parse(page.Content);
        var meta = Metadata.HtmlMetadata.Read(dom, page);
        var result = ExtractBody(dom, meta.Title, classNamePruning: true);
        if (result.TextChars < RetryBelowChars && result.ClassNameCutChars > result.TextChars && dom.Body is not null)
        {
            // Class-name pruning can cut a story whose template names it oddly ("main-header-content"):
            // parse again and try without it, keeping whichever result has more text.
            using var again = HtmlParsing.Parse(page.Content);
            var retry = ExtractBody(again, meta.Title, classNamePruning: false);
            if (retry.TextChars > result.TextChars * 1.5 && retry.LinkDensity < 0.5) result = retry;
        }
        var warnings = new List<string>(page.Warnings);
        warnings.AddRange(meta.Warnings);
        if (result.Warning is { } w) warnings.Add(w);
        return (new Document
        {
            Id = page.Raw.Id,
            Source = page.Raw.Source,
            Body = result.Body,
            Title = Normalise(meta.Title),
            Authors = meta.Authors,
            Outlet = meta.Outlet,
            Published = meta.Published,
            Hints = page.Raw.Hints,
            Comments = result.Comments,
            Removed = result.Removed,
            Warnings = warnings,
        }, result.Rule);
    }

    private sealed record BodyResult(string Rule, string Body, int TextChars, double LinkDensity, IReadOnlyList<Comment> Comments, IReadOnlyList<RemovedBlock> Removed, string? Warning)
    {
        public int ClassNameCutChars { get; init; }
    }

    private static BodyResult ExtractBody(IHtmlDocument dom, string? title, bool classNamePruning)
    {
        var log = new RemovalLog();
        if (dom.Body is not { } root) return new BodyResult("none", "", 0, 0, [], [], "no article body found: the page has no <body>");
        // One walk measures every element, indexes content hints and spots comment markup.
        var hints = ContentHints.NewIndex();
        var commentCandidates = new CommentExtractor.Candidates();
        var stats = StatsTable.Compute(root, e =>
        {
            var names = ElementNames.Of(e);
            ContentHints.AddToIndex(hints, e, names);
            commentCandidates.Visit(e, names);
        });
        var comments = CommentExtractor.Extract(commentCandidates, log, stats.Detach);
        ContentHints.ProtectPaths(root, hints, stats);
        Pruner.Prune(root, stats, log, classNamePruning);
        var choice = ContentLocator.Locate(root, hints, stats);
        if (choice is null)
            return new BodyResult("none", "", 0, 0, comments, log.Blocks, "no article body found: no text block on the page") { ClassNameCutChars = log.ClassNameCutChars };
        var writer = new ParagraphWriter(stats, log, title);
        writer.Write(choice.Roots, choice.Excluded);
        var body = string.Join("\n\n", writer.Paragraphs);
        int chars = CountVisible(body);
        int linkChars = 0;
        foreach (var r in choice.Roots) linkChars += stats[r].LinkText;
        double linkDensity = choice.TextChars == 0 ? 0 : (double)linkChars / choice.TextChars;
        string? warning = null;
        if (linkDensity > 0.5)
        {
            // A page of headlines (a home or section page): its "best block" is a list of links, not an article.
            log.AddText(body, "link list chosen as content: page has no article");
            warning = $"no article body found: the best text block is mostly links ({linkDensity:P0}), likely a home or section page";
            body = "";
        }
        else if (chars < MinArticleChars)
        {
            warning = $"no article body found: only {chars} characters of text (a 404, paywall or stub page?)";
        }
        return new BodyResult(choice.Rule + (classNamePruning ? "" : " (no class pruning)"), body, chars, linkDensity, comments, log.Blocks, warning)
        {
            ClassNameCutChars = log.ClassNameCutChars,
        };
    }

    private static int CountVisible(string s)
    {
        int n = 0;
        foreach (var c in s) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    internal static string? Normalise(string? s)
    {
        if (s is null) return null;
        var sb = new System.Text.StringBuilder(s.Length);
        TextOf.AppendCollapsed(sb, s);
        return sb.ToString().Trim();
    }
}
