using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Comments;

/// <summary>
/// Cuts a thread into comments. A comment starts at a name line (WordPress, Disqus: name, optional time stamp,
/// text), at a numbered item ("1. …", WordPress ordered lists, seed 002), at a wider blank gap than the page
/// uses between paragraphs (seed 001 separates anonymous comments by two blank lines, paragraphs by one), or
/// after a widget line ("Reply", "Like"). A time stamp under a name dates the comment below it; one under the
/// text (Blogger) dates the comment above it when a name or the end follows. Indented lines continue the comment above; a name line's text may
/// follow after any gap. Paragraphs of one comment stay together, separated by a blank line.
/// When the thread shows none of these structures, each paragraph is one comment.
/// </summary>
internal static partial class CommentSplitter
{
    public static List<Comment> Split(PageState page, int start, int typicalGap)
    {
        var comments = new List<Comment>();
        var lines = page.Lines;
        bool structured = false;
        for (int i = start; i < page.Count; i++)
            if (page.IsFree(i) && (AuthorLine.Name(lines[i]) is not null || Numbered().IsMatch(lines[i].Text) || lines[i].BlanksBefore > typicalGap))
            { structured = true; break; }

        Draft? current = null;
        void Flush()
        {
            if (current is { Text.Length: > 0 }) comments.Add(new Comment(current.Author, current.Date, current.Text.ToString()));
            current = null;
        }

        for (int i = start; i < page.Count; i++)
        {
            if (!page.IsFree(i)) { if (current is { Text.Length: > 0 }) Flush(); continue; }
            var line = lines[i];
            if (AuthorLine.Name(line) is { } name && NextFreeIsText(page, i))
            {
                Flush();
                current = new Draft { Author = name };
                page.Claim(i, LineLabel.Comment, "comment-author");
                continue;
            }
            if (line.IsTimestamp)
            {
                // Blogger prints the time under the text: it closes the comment it dates.
                if (current is { Text.Length: > 0, Date: null } && !NextFreeIsText(page, i))
                {
                    current.Date = line.Text;
                    page.Claim(i, LineLabel.Comment, "comment-date");
                    Flush();
                    continue;
                }
                if (current is null || current.Text.Length > 0) { Flush(); current = new Draft(); }
                current.Date ??= line.Text;
                page.Claim(i, LineLabel.Comment, "comment-date");
                continue;
            }
            var numbered = Numbered().Match(line.Text);
            bool startNew = current is null
                || (current.Text.Length > 0 && (numbered.Success
                    || (line.BlanksBefore > typicalGap && line.Indent <= current.Indent)
                    || !structured));
            if (startNew) { Flush(); current = new Draft { Indent = line.Indent }; }
            if (current!.Text.Length == 0) current.Indent = line.Indent;
            else current.Text.Append("\n\n");
            current.Text.Append(numbered.Success ? line.Text[numbered.Length..].Trim() : line.Text);
            page.Claim(i, LineLabel.Comment, "comment");
        }
        Flush();
        return comments;
    }

    private static bool NextFreeIsText(PageState page, int i)
    {
        for (int j = i + 1; j < page.Count; j++)
        {
            if (!page.IsFree(j) || page.Lines[j].IsTimestamp) continue;
            return AuthorLine.Name(page.Lines[j]) is null;
        }
        return false;
    }

    private sealed class Draft
    {
        public string? Author;
        public string? Date;
        public int Indent;
        public readonly StringBuilder Text = new();
    }

    [GeneratedRegex(@"^\d{1,3}[.)]\s+")]
    private static partial Regex Numbered();
}
