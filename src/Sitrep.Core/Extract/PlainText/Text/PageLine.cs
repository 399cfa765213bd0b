namespace Sitrep.Extract.PlainText.Text;

/// <summary>One non-blank line of a flattened page with the layout facts the heuristics need.</summary>
/// <param name="Number">1-based line number in the page (blank lines counted), for hand labels and debugging.</param>
/// <param name="Text">The line, trimmed.</param>
/// <param name="Indent">Leading whitespace width: indented lines continue a numbered comment (WordPress lists).</param>
/// <param name="BlanksBefore">Blank lines between this line and the previous non-blank one: threads separate comments with wider gaps than paragraphs.</param>
internal sealed class PageLine(int number, string text, int indent, int blanksBefore)
{
    public int Number { get; } = number;
    public string Text { get; } = text;
    public int Indent { get; } = indent;
    public int BlanksBefore { get; } = blanksBefore;

    private LineStats? stats;
    private string? normalized;
    private int timestamp = -1;
    private ulong shapeHash;

    /// <summary>Cache slot for <see cref="Comments.AuthorLine"/>: the thread rules ask about the same line several times.</summary>
    internal (bool Known, string? Name) Author;

    /// <summary>The line is only a time stamp (<see cref="Timestamps.IsTimestamp"/>), cached.</summary>
    public bool IsTimestamp => (timestamp < 0 ? timestamp = Timestamps.IsTimestamp(Text) ? 1 : 0 : timestamp) == 1;

    /// <summary>Hash of the digit-folded normalised line: the key of the template memory.</summary>
    public ulong ShapeHash => shapeHash != 0 ? shapeHash : shapeHash = Templates.TemplateMemory.ShapeHashOfRaw(Text);

    /// <summary>Lower-cased, whitespace-collapsed, end punctuation stripped: the key for lexicon and template look-ups.</summary>
    public string Normalized => normalized ??= LineNormalizer.Normalize(Text);

    public LineStats Stats => stats ??= LineStats.Of(Text);

    /// <summary>Splits a page into its non-blank lines. Handles \r\n, \r, U+2028/2029 and NEL line ends.</summary>
    public static List<PageLine> Split(string content)
    {
        var lines = new List<PageLine>(64);
        int number = 0, blanks = 0, i = 0;
        while (i <= content.Length)
        {
            int end = i;
            while (end < content.Length && !IsLineEnd(content[end])) end++;
            number++;
            var span = content.AsSpan(i, end - i);
            int indent = 0;
            while (indent < span.Length && char.IsWhiteSpace(span[indent])) indent++;
            var trimmed = span.Trim();
            if (trimmed.IsEmpty) blanks++;
            else
            {
                lines.Add(new PageLine(number, trimmed.ToString(), indent, blanks));
                blanks = 0;
            }
            if (end >= content.Length) break;
            i = end + (content[end] == '\r' && end + 1 < content.Length && content[end + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }

    private static bool IsLineEnd(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    public override string ToString() => $"{Number}: {Text}";
}
