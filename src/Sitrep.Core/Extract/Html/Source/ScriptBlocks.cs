namespace Sitrep.Extract.Html.Source;

/// <summary>One &lt;script&gt; element's type attribute and the range of its text in the page source.</summary>
public readonly record struct ScriptBlock(string? Type, int Start, int Length)
{
    public bool IsJsonLd => Type is not null && Type.Contains("ld+json", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The script elements of a page, read straight from the source. The parser skips script text
/// (<see cref="HtmlParsing"/>): most of a news page's bytes are JavaScript nobody reads, and building text
/// nodes for it cost time. Two things on a page do live in scripts: JSON-LD metadata (schema.org
/// NewsArticle) and the data blobs of script-rendered pages (a "publishedAt" date), so their ranges are kept
/// here, as offsets into the source (no copies).
///
/// This is a scan, not a tokenizer: it finds "&lt;script" tags (ASCII case-insensitive, HTML §13.2.5.8 tag
/// name state), reads the start tag's attributes with quotes respected, and ends the body at the first
/// "&lt;/script" (§13.2.5.4 script data state; the double-escaped "&lt;!--&lt;script" state is not
/// modelled: it only matters to scripts that write scripts). HTML comments are stepped over, so a
/// commented-out block is not read.
/// </summary>
public sealed class ScriptBlocks
{
    /// <summary>Script bodies beyond this many in one page are not recorded (a hostile page of 100k scripts).</summary>
    private const int MaxBlocks = 2_000;

    public static readonly ScriptBlocks None = new("", []);

    private readonly string _source;

    public IReadOnlyList<ScriptBlock> Blocks { get; }

    private ScriptBlocks(string source, IReadOnlyList<ScriptBlock> blocks)
    {
        _source = source;
        Blocks = blocks;
    }

    public ReadOnlySpan<char> TextOf(ScriptBlock block) => _source.AsSpan(block.Start, block.Length);

    public static ScriptBlocks Find(string html)
    {
        var blocks = new List<ScriptBlock>();
        int at = 0, script = -1;
        while (at < html.Length && blocks.Count < MaxBlocks)
        {
            // The next "<script" is searched for again only once a comment has swallowed the last one found:
            // searching anew after every comment re-read the same stretch once per comment (pages with
            // hundreds of comments before a script spent more time here than in parsing their metadata).
            if (script < at) script = html.IndexOf("<script", at, StringComparison.OrdinalIgnoreCase);
            if (script < 0) break;
            int comment = html.IndexOf("<!--", at, script - at, StringComparison.Ordinal);
            if (comment >= 0)
            {
                int close = html.IndexOf("-->", comment + 4, StringComparison.Ordinal);
                at = close < 0 ? html.Length : close + 3;
                continue;
            }
            int nameEnd = script + "<script".Length;
            if (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd]))
            {
                at = nameEnd; // "<scripts>", "<script-loader>": another element
                continue;
            }
            int tagEnd = EndOfStartTag(html, nameEnd, out string? type);
            if (tagEnd < 0) break;
            int bodyEnd = EndOfScript(html, tagEnd + 1);
            blocks.Add(new ScriptBlock(type, tagEnd + 1, bodyEnd - (tagEnd + 1)));
            at = bodyEnd;
        }
        return new ScriptBlocks(html, blocks);
    }

    private static bool IsTagNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    /// <summary>Index of the '&gt;' closing the start tag (quoted attribute values may hold '&gt;'), and the
    /// value of its type attribute; -1 when the source ends inside the tag.</summary>
    private static int EndOfStartTag(string html, int i, out string? type)
    {
        type = null;
        while (i < html.Length)
        {
            char c = html[i];
            if (c == '>') return i;
            if (char.IsAsciiLetter(c))
            {
                int nameStart = i;
                while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '=')) i++;
                var name = html.AsSpan(nameStart, i - nameStart);
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i < html.Length && html[i] == '=')
                {
                    i++;
                    while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                    int valueStart, valueEnd;
                    if (i < html.Length && html[i] is '"' or '\'')
                    {
                        char quote = html[i];
                        valueStart = i + 1;
                        valueEnd = html.IndexOf(quote, valueStart);
                        if (valueEnd < 0) return -1;
                        i = valueEnd + 1;
                    }
                    else
                    {
                        valueStart = i;
                        while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>')) i++;
                        valueEnd = i;
                    }
                    if (type is null && name.Equals("type", StringComparison.OrdinalIgnoreCase))
                        type = html.Substring(valueStart, valueEnd - valueStart).Trim();
                }
                continue;
            }
            i++;
        }
        return -1;
    }

    /// <summary>Where the script body ends: at "&lt;/script" followed by whitespace, '/' or '&gt;', else the end of the source.</summary>
    private static int EndOfScript(string html, int i)
    {
        while (true)
        {
            int close = html.IndexOf("</script", i, StringComparison.OrdinalIgnoreCase);
            if (close < 0) return html.Length;
            int after = close + "</script".Length;
            if (after >= html.Length || IsTagNameEnd(html[after])) return close;
            i = after;
        }
    }
}
