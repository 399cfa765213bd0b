using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Comments;

/// <summary>
/// The markup of reader-comment systems. Items are single comments; sections are the containers that hold a
/// thread together with its form ("Leave a Reply", "Notify of") and counters, all of which leave the body.
///   WordPress core (wp_list_comments): ol.commentlist / ol.comment-list &gt; li.comment#comment-N,
///     .comment-author .fn, .comment-metadata time, .comment-content; the form is #respond.
///   wpDiscuz: #wpdcom .wpd-comment, .wpd-comment-author, .wpd-comment-date, .wpd-comment-text.
///   Disqus (server-rendered or saved after load): #disqus_thread li.post, .author, .post-meta, .post-message.
///   Blogger: #comments .comment-block / .comment-thread li.comment, cite.user, .datetime, .comment-content;
///     classic dl#comments-block dt.comment-author + dd.comment-body + dd.comment-footer.
///   Unknown systems: elements whose class is "comment" or starts "comment-"/"comment_" (and id comment-N).
/// </summary>
internal static class CommentMarkup
{
    private static readonly NameSet SectionNames = new(
        "comments", "comment-list", "commentlist", "comments-area", "comment-section", "comments-section",
        "disqus_thread", "wpdcom", "wpd-thread", "wpdiscuz", "respond", "comment-respond", "comments-block",
        "comment-form", "commentform", "discussion", "reader-comments", "user-comments", "comment-holder",
        "comments-container", "comments-wrapper", "fb-comments", "vk_comments", "hypercomments");

    private static readonly NameSet ItemClasses = new("comment", "wpd-comment", "comment-block", "comment-body");
    private static readonly NameSet ThreadDepthClasses = new("depth-1", "depth-2", "depth-3");

    /// <summary>Is this element a single comment?</summary>
    public static bool IsItem(IElement e) => IsItem(e, ElementNames.Of(e));

    /// <param name="names">The element's naming attributes, when the caller has read them already.</param>
    public static bool IsItem(IElement e, in ElementNames names)
    {
        var name = e.LocalName;
        if (name is not ("li" or "article" or "div" or "dt" or "section")) return false;
        foreach (var token in new ClassTokens(names.Class))
        {
            if (ItemClasses.Contains(token)) return true;
            if (name == "li" && ThreadDepthClasses.Contains(token)) return true;
            if (token.Equals("post", StringComparison.OrdinalIgnoreCase) && InsideDisqus(e)) return true;
        }
        var id = names.Id;
        return id is not null && (StartsWithNumbered(id, "comment-") || StartsWithNumbered(id, "li-comment-") || StartsWithNumbered(id, "div-comment-") || StartsWithNumbered(id, "wpd-comm-"));
    }

    /// <summary>Is this element a comment section container (or a comment form)?</summary>
    public static bool IsSection(IElement e, in ElementNames names)
    {
        if (e.LocalName is "body" or "html") return false;
        return SectionNames.Contains(names.Id) || SectionNames.AnyClass(names.Class);
    }

    private static bool InsideDisqus(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (string.Equals(p.Id, "disqus_thread", StringComparison.OrdinalIgnoreCase) || string.Equals(p.Id, "posts", StringComparison.Ordinal) && p.ParentElement?.Id is "disqus_thread")
                return true;
        return false;
    }

    private static bool StartsWithNumbered(string id, string prefix) =>
        id.Length > prefix.Length && id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && char.IsDigit(id[prefix.Length]);
}
