using Sitrep.Documents;
using Sitrep.Extract.Html;

namespace Sitrep.Tests.Extract.Html;

/// <summary>Runs the HTML extractor on a synthetic page written inline in a test.</summary>
internal static class HtmlPages
{
    public static Document Extract(string html, string url = "https://example.org/2016/12/16/story/")
    {
        var raw = new RawDocument
        {
            Source = new SourceInfo("test.html", url, Formats.Html),
            Kind = PayloadKind.Html,
            Text = html,
            Id = "test",
        };
        return new HtmlExtractor().Extract(new DecodedPage(raw, html, PayloadKind.Html, "utf-8", []));
    }

    /// <summary>A prose paragraph long enough to read as article text.</summary>
    public static string Prose(string topic, int sentences = 4) =>
        string.Join(" ", Enumerable.Range(1, sentences).Select(i =>
            $"Sentence {i} about {topic}, with the kind of detail, context and commas that a reporter writes into a story."));
}
