using System.Globalization;
using System.Xml.Linq;

namespace Sitrep.Analyse.Places.Evaluation;

/// <summary>A gold toponym: its span in the article text and, when the annotators located it, coordinates.</summary>
public sealed record GoldToponym(int Start, int End, string Phrase, double? Lat, double? Lon);

public sealed record GeoArticle(string Text, IReadOnlyList<GoldToponym> Toponyms)
{
    /// <summary>The page address or, failing that, the domain of the outlet that published it (LGL gives both); null when unknown.</summary>
    public string? Url { get; init; }
}

/// <summary>
/// Reads the three geoparsing gold standards, each in its own XML shape:
///   LGL (Lieberman et al. 2010): article/text + toponyms/toponym{start,end,phrase,gaztag{lat,lon}};
///     a toponym without gaztag was not located; article/url and article/domain name the outlet;
///   GeoWebNews (Gritta et al. 2019): article/text + toponyms/toponym{extractedName,type,start,end,
///     latitude,longitude}; only toponyms with coordinates are places (the rest are expressions,
///     demonyms, homonyms...);
///   GeoVirus (Gritta et al. 2018): article/text + locations/location{name,start,end,lat,lon}.
/// </summary>
public static class GeoCorpus
{
    public static IReadOnlyList<GeoArticle> Load(string path)
    {
        var doc = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        var articles = new List<GeoArticle>();
        foreach (var a in doc.Root!.Elements("article"))
        {
            var text = (string?)a.Element("text") ?? "";
            var gold = new List<GoldToponym>();
            foreach (var t in a.Descendants("toponym").Concat(a.Descendants("location")))
            {
                var start = Int(t.Element("start"));
                var end = Int(t.Element("end"));
                if (start is null || end is null || start < 0 || end > text.Length || end <= start) continue;
                var phrase = (string?)t.Element("phrase") ?? (string?)t.Element("extractedName") ?? (string?)t.Element("name") ?? "";
                // GeoVirus counts offsets from 1: every <start>/<end> is one past the phrase in <text>.
                // Shift a span that misses its phrase by one when the phrase sits one character earlier.
                if (!Matches(text, start.Value, end.Value, phrase) && start > 0 && Matches(text, start.Value - 1, end.Value - 1, phrase))
                {
                    start--;
                    end--;
                }
                var gaz = t.Element("gaztag");
                var lat = Num(gaz?.Element("lat") ?? t.Element("latitude") ?? t.Element("lat"));
                var lon = Num(gaz?.Element("lon") ?? t.Element("longitude") ?? t.Element("lon"));
                gold.Add(new GoldToponym(start.Value, end.Value, phrase, lat, lon));
            }
            var url = ((string?)a.Element("url"))?.Trim() is { Length: > 0 } u ? u : ((string?)a.Element("domain"))?.Trim() is { Length: > 0 } d ? d : null;
            articles.Add(new GeoArticle(text, gold) { Url = url });
        }
        return articles;
    }

    private static bool Matches(string text, int start, int end, string phrase) =>
        phrase.Length > 0 && end <= text.Length && text.AsSpan(start, end - start).SequenceEqual(phrase);

    private static int? Int(XElement? e) =>
        e is not null && int.TryParse(e.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static double? Num(XElement? e) =>
        e is not null && double.TryParse(e.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
