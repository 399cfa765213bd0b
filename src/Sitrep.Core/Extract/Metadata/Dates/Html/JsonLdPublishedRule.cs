using System.Text.RegularExpressions;
using Sitrep.Extract.Metadata.Html;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// schema.org datePublished / dateCreated / uploadDate in JSON-LD: the publisher's own machine-readable
/// statement, the most reliable source there is. Article objects are read before WebPage objects, whose
/// dates are often the page's, not the story's.
/// </summary>
public sealed partial class JsonLdPublishedRule : IHtmlDateRule
{
    private static readonly string[] Properties = ["datePublished", "dateCreated", "uploadDate"];

    [GeneratedRegex(@"""(?:datePublished|dateCreated)""\s*:\s*""(?<v>[^""]{6,40})""", RegexOptions.CultureInvariant)]
    private static partial Regex RawProperty();

    public string Name => "json-ld";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        foreach (var o in page.JsonLd.All)
            foreach (var property in Properties)
                if (JsonLd.String(o, property) is { } v && DateExpressions.ParseField(v) is { } d)
                {
                    var type = JsonLd.Types(o).FirstOrDefault() ?? "Thing";
                    yield return new DateFinding(d, $"JSON-LD {type}.{property} \"{DateFinding.Excerpt(v, 40)}\"", 0.95, Name) { UtcHour = DateFinding.UtcHourOf(v) };
                }
        // Malformed blocks: the property is still there as text.
        foreach (var raw in page.JsonLd.Unparsed)
            foreach (Match m in RawProperty().Matches(raw))
                if (DateExpressions.ParseField(m.Groups["v"].Value) is { } d)
                    yield return new DateFinding(d, "JSON-LD (malformed) " + DateFinding.Excerpt(m.Value, 60), 0.9, Name) { UtcHour = DateFinding.UtcHourOf(m.Groups["v"].Value) };
    }
}
