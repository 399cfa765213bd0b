using AngleSharp.Dom;
using Sitrep.Documents;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Comments;

/// <summary>
/// Takes reader comments out of the page before the article is looked for: a long thread scores like an
/// article (many paragraphs, few links) and would otherwise win or be merged in. Every comment item becomes a
/// <see cref="Comment"/>; then the sections holding them (and comment forms without comments) are detached
/// and logged.
/// </summary>
internal static class CommentExtractor
{
    /// <summary>Collects comment items and sections while another walk visits every element.</summary>
    public sealed class Candidates
    {
        public List<IElement> Items { get; } = [];
        public List<IElement> Sections { get; } = [];

        public void Visit(IElement e) => Visit(e, ElementNames.Of(e));

        /// <param name="names">The element's naming attributes, when the caller has read them already.</param>
        public void Visit(IElement e, in ElementNames names)
        {
            if (e.Attributes.Length == 0) return;
            if (CommentMarkup.IsSection(e, names)) Sections.Add(e);
            if (CommentMarkup.IsItem(e, names)) Items.Add(e);
        }
    }

    public static List<Comment> Extract(IElement root, RemovalLog log)
    {
        var candidates = new Candidates();
        DomWalk.Walk(root, n =>
        {
            if (n is not IElement e) return false;
            candidates.Visit(e);
            return true;
        });
        return Extract(candidates, log, e => e.Remove());
    }

    /// <param name="detach">How to take a section off the page (the caller may keep measures up to date).</param>
    public static List<Comment> Extract(Candidates candidates, RemovalLog log, Action<IElement> detach)
    {
        var items = candidates.Items;
        var sections = candidates.Sections;
        var comments = new List<Comment>();
        if (items.Count == 0 && sections.Count == 0) return comments;

        // An item must sit in a comment section, or be one of at least two siblings-in-kind: a lone
        // div.comment-body elsewhere is more likely a template's misnomer than a thread.
        var accepted = new List<IElement>();
        foreach (var item in items)
            if (InsideAny(item, sections) || items.Count >= 2) accepted.Add(item);
        foreach (var item in accepted)
            if (CommentReader.Read(item) is { } c) comments.Add(c);

        // Detach the outermost containers: sections, plus items outside any section.
        var toRemove = new List<IElement>();
        foreach (var s in sections)
            if (!InsideAny(s, sections)) toRemove.Add(s);
        foreach (var item in accepted)
            if (!InsideAny(item, sections) && !InsideAny(item, accepted)) toRemove.Add(item);
        foreach (var e in toRemove)
        {
            log.Add(e, "comment section");
            detach(e);
        }
        return comments;
    }

    private static bool InsideAny(IElement e, List<IElement> containers)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (containers.Contains(p)) return true;
        return false;
    }
}
