using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

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
/// <item>Only the attributes some rule reads are kept (<see cref="KeptAttributes"/>): hrefs, srcsets, data-*
///   and event handlers are most of a modern page's markup, and building attribute objects for them was
///   ~10 % of the parse.</item>
/// </list>
/// RCDATA (&lt;title&gt;, &lt;textarea&gt;) is kept: the title is metadata.
/// The browsing context has no attribute observers: they react to attributes as a browser would (start loading
/// a stylesheet for &lt;link href&gt;, an image for &lt;img src&gt;, re-parse a class list), which nothing here
/// needs; without them parsing took ~0.83 instead of ~0.92 ms a page. Attributes themselves are all kept.
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
        ShouldEmitAttribute = (ref StructHtmlToken _, ReadOnlyMemory<char> name) => KeptAttributes.Contains(name.Span),
    };

    /// <summary>
    /// The attributes extraction and metadata read (class and id names, microdata, meta tags, &lt;time&gt;,
    /// ARIA roles, visibility), plus those the tree builder itself consults (HTML §13.2.6: input "type" in
    /// tables, font "color"/"face"/"size" leaving foreign content, annotation-xml "encoding", meta charset).
    /// A rule that starts reading another attribute must add it here.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "itemprop", "itemtype", "itemscope", "content", "name", "property", "http-equiv", "charset",
        "datetime", "pubdate", "title", "data-utime", "rel", "role", "hidden", "style", "aria-hidden", "lang", "type",
        "color", "face", "size", "encoding",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // One parser per thread: creating one sets up a browsing context each time; sharing one across threads
    // is not documented as safe.
    [ThreadStatic] private static HtmlParser? _parser;

    public static IHtmlDocument Parse(string html) =>
        (_parser ??= new HtmlParser(Options, BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>()))).ParseDocument(html);
}
