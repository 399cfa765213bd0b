using Sitrep.Documents;
using Sitrep.Extract.Html;
using Sitrep.Read.Decoding;

namespace Sitrep.Evaluation;

/// <summary>A body extractor under evaluation: a name and a function from a benchmark page to body text.
/// The function must be thread-safe only if the caller runs pages in parallel (the benchmark does not).</summary>
public sealed record ExtractionSystem(string Name, Func<AebPage, string> ExtractBody)
{
    /// <summary>Sitrep's own path for an HTML page: charset decoding, then the DOM extractor (timed together,
    /// as a user's run would pay for both).</summary>
    public static ExtractionSystem Sitrep()
    {
        var extractor = new HtmlExtractor();
        return new ExtractionSystem("sitrep", page => extractor.Extract(Decode(page)).Body);
    }

    public static DecodedPage Decode(AebPage page) => PageDecoder.Decode(new RawDocument
    {
        Source = new SourceInfo(page.Key + ".html.gz", page.Url, Formats.Html),
        Kind = PayloadKind.Html,
        Bytes = page.Html,
        Id = page.Key,
        Hints = new DocumentHints(Url: page.Url),
    });
}
