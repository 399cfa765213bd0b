using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Extract.Html.Source;

/// <summary>
/// The one way Sitrep parses HTML (extraction, metadata, evaluation), so every caller builds the same tree.
/// The parser is told to build only what some rule reads. Measured on the Article Extraction Benchmark pages
/// (least of 10 passes, one thread): parsing went from ~1.08 to ~0.91 ms a page.
/// <list type="bullet">
/// <item>Scripting off (HTML §13.2.4.1 "scripting flag"): &lt;noscript&gt; content is parsed as markup, as a
///   reader without JavaScript would see it; nothing is executed either way.</item>
/// <item>Script text, raw text (&lt;style&gt;, &lt;xmp&gt;, &lt;iframe&gt;, &lt;noembed&gt;, &lt;noframes&gt;,
///   §13.2.5.3 RAWTEXT state) and comments are scanned but not stored: no rule reads CSS or comments, and the
///   scripts that matter (JSON-LD, data blobs) are read from the source by <see cref="ScriptBlocks"/>.</item>
/// <item>No source positions per element: nothing reports line/column of an element.</item>
/// </list>
/// RCDATA (&lt;title&gt;, &lt;textarea&gt;) is kept: the title is metadata.
/// </summary>
public static class HtmlParsing
{
    public static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        SkipScriptText = true,
        SkipRawText = true,
        SkipComments = true,
        DisableElementPositionTracking = true,
    };

    // One parser per thread: creating one sets up a browsing context each time; sharing one across threads
    // is not documented as safe.
    [ThreadStatic] private static HtmlParser? _parser;

    public static IHtmlDocument Parse(string html) => (_parser ??= new HtmlParser(Options)).ParseDocument(html);
}
