using AngleSharp.Dom;
using Sitrep.Documents;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Comments;

/// <summary>
/// Reads one comment item: the author from the name element, the date from a &lt;time datetime&gt; or a date
/// element, the text from the message element or, failing that, the item's own text minus its header, its
/// reply/like links and the replies nested in it (each reply is an item of its own).
/// </summary>
internal static class CommentReader
{
    private static readonly string[] AuthorNames = ["fn", "comment-author", "wpd-comment-author", "author", "user", "commenter", "comment-author-name", "username", "author-name", "name"];
    private static readonly string[] DateNames = ["comment-date", "wpd-comment-date", "comment-metadata", "comment-meta", "datetime", "date", "comment-time", "post-meta", "time", "timestamp", "comment-timestamp"];
    private static readonly string[] TextNames = ["comment-content", "comment-text", "wpd-comment-text", "post-message", "comment-body-text", "comment_text", "commentbody", "comment-message", "message", "text"];
    private static readonly string[] NoiseNames = ["reply", "comment-reply-link", "wpd-comment-footer", "wpd-comment-right", "comment-actions", "comment-footer", "wpd-vote", "vote", "like", "share", "report", "avatar", "says"];

    private static readonly NameSet Children = new("children");

    public static Comment? Read(IElement item)
    {
        var author = FirstText(item, AuthorNames);
        var date = ReadDate(item);
        var body = First(item, TextNames);
        string text = body is not null
            ? TextOf.Collapsed(body, e => IsNested(e, item))
            : TextOf.Collapsed(item, e => IsNested(e, item) || HasAny(e, AuthorNames) || HasAny(e, DateNames) || HasAny(e, NoiseNames) || e.LocalName is "time" or "cite");
        if (text.Length == 0) return null;
        return new Comment(author, date, text);
    }

    private static string? ReadDate(IElement item)
    {
        var time = FirstWhere(item, e => e.LocalName == "time");
        if (time?.GetAttribute("datetime") is { Length: > 0 } dt) return dt.Trim();
        if (time is not null && TextOf.Collapsed(time) is { Length: > 0 } tt) return tt;
        // A date has a digit ("3 years ago", "16.12.2016"); a meta block without one holds only the author.
        return FirstText(item, DateNames) is { } text && text.Any(char.IsDigit) ? text : null;
    }

    private static bool IsNested(IElement e, IElement item) => e != item && (CommentMarkup.IsItem(e) || e.LocalName is "ol" or "ul" && Children.AnyClass(e));

    private static string? FirstText(IElement item, string[] names)
    {
        var e = First(item, names);
        if (e is null) return null;
        var text = TextOf.Collapsed(e, x => HasAny(x, NoiseNames));
        if (text.EndsWith(" says:", StringComparison.OrdinalIgnoreCase)) text = text[..^6];
        text = text.Trim(' ', ':');
        return text.Length is > 0 and <= 120 ? text : null;
    }

    private static IElement? First(IElement item, string[] names) => FirstWhere(item, e => HasAny(e, names));

    /// <summary>The first matching element in this item, not descending into replies nested in it.</summary>
    private static IElement? FirstWhere(IElement item, Func<IElement, bool> match)
    {
        IElement? found = null;
        DomWalk.Walk(item, n =>
        {
            if (found is not null || n is not IElement e) return false;
            if (e != item && IsNested(e, item)) return false;
            if (e != item && match(e)) { found = e; return false; }
            return true;
        });
        return found;
    }

    private static bool HasAny(IElement e, string[] names)
    {
        foreach (var token in new ClassTokens(e))
            foreach (var n in names)
                if (token.Equals(n, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
