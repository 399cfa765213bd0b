using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText;

/// <summary>What the cascade decided about one line.</summary>
internal enum LineLabel { Article, Title, Chrome, Comment }

/// <summary>
/// The working state of one page while the rule cascade runs: the lines and, per line, the first rule that
/// claimed it. A rule only labels lines nobody claimed yet, so earlier (more specific) rules give the reason.
/// Owned by one extraction call: no sharing, no locks.
/// </summary>
internal sealed class PageState
{
    public PageState(IReadOnlyList<PageLine> lines, string? title, string? outletKey)
    {
        Lines = lines;
        Title = title;
        OutletKey = outletKey;
        Labels = new LineLabel[lines.Count];
        Reasons = new string?[lines.Count];
        Claimed = new bool[lines.Count];
    }

    public IReadOnlyList<PageLine> Lines { get; }
    public string? Title { get; }
    public string? OutletKey { get; }
    /// <summary>Hash of <see cref="OutletKey"/> for the template memory, computed once per page.</summary>
    public ulong OutletHash => outletHash ??= OutletKey is null ? 0 : Templates.TemplateMemory.Hash(OutletKey);
    private ulong? outletHash;
    public LineLabel[] Labels { get; }
    public string?[] Reasons { get; }
    public bool[] Claimed { get; }

    /// <summary>Index of the first line of the reader-comment thread, or <c>Lines.Count</c> when there is none.</summary>
    public int ThreadStart { get; set; } = int.MaxValue;
    /// <summary>Index of the first line that ends the article (comment form, disclaimer...), or <c>Lines.Count</c>.</summary>
    public int ArticleEnd { get; set; } = int.MaxValue;
    /// <summary>The page says it is an error page (404): reported as a warning.</summary>
    public bool LooksLikeErrorPage { get; set; }
    public int Count => Lines.Count;

    public bool IsChrome(int i) => Claimed[i] && Labels[i] == LineLabel.Chrome;
    public bool IsFree(int i) => !Claimed[i];

    /// <summary>Claims line <paramref name="i"/> unless an earlier rule did.</summary>
    public bool Claim(int i, LineLabel label, string reason)
    {
        if (Claimed[i]) return false;
        Claimed[i] = true;
        Labels[i] = label;
        Reasons[i] = reason;
        return true;
    }

    /// <summary>Overrides an earlier decision (the comment thread takes back lines local rules had guessed at).</summary>
    public void Relabel(int i, LineLabel label, string reason)
    {
        Claimed[i] = true;
        Labels[i] = label;
        Reasons[i] = reason;
    }

    /// <summary>Hands a line back to later rules (a caption-looking line inside a comment thread is comment text).</summary>
    public void Release(int i)
    {
        Claimed[i] = false;
        Reasons[i] = null;
        Labels[i] = LineLabel.Article;
    }

    /// <summary>The reader comments found by the thread rule.</summary>
    public List<Sitrep.Documents.Comment> Comments { get; } = [];
}
