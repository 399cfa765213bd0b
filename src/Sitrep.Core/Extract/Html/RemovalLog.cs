using AngleSharp.Dom;
using Sitrep.Documents;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html;

/// <summary>Collects what extraction cut, with the rule that cut it, for <see cref="Document.Removed"/>.
/// Invisible machinery (scripts, styles) is not logged: only blocks a reader would have seen.</summary>
internal sealed class RemovalLog
{
    /// <summary>Long blocks (a whole navigation tree, a comment section) are shortened in the log.</summary>
    private const int MaxLoggedChars = 2000;

    public List<RemovedBlock> Blocks { get; } = [];

    /// <summary>Visible characters cut by class-name guesses alone (decides whether a retry without them can help).</summary>
    public int ClassNameCutChars { get; set; }

    /// <summary>Logs a cut element. Its text is rendered when the log is read, not now: nothing changes a
    /// subtree after it is cut (detached, or skipped by the writer), so the text is the same either way.
    /// Whether it has any is checked now (the first visible character suffices), so the list is the same too.</summary>
    public void Add(IElement element, string reason)
    {
        if (element.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "link" or "meta" or "iframe") return;
        if (!TextOf.HasVisible(element)) return;
        Blocks.Add(new RemovedBlock(() => Shorten(TextOf.Collapsed(element, maxChars: MaxLoggedChars + 1)), reason));
    }

    public void AddText(string text, string reason)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        Blocks.Add(new RemovedBlock(Shorten(text), reason));
    }

    private static string Shorten(string text) => text.Length > MaxLoggedChars ? text[..MaxLoggedChars] + "…" : text;
}
