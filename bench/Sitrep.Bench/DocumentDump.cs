using System.IO.Compression;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Extract.Html;
using Sitrep.Read.Decoding;

/// <summary>Writes every field the HTML extractor produces (body, metadata, comments, warnings and the removal
/// log) for each AEB page and each page of a htmldate-style set (<c>gold.json</c> + <c>html/</c>), one JSON line
/// per page: a speed change must leave this file byte-identical.</summary>
internal static class DocumentDump
{
    public static void Write(IReadOnlyList<AebPage> pages, string? datesDir, string path)
    {
        var extractor = new HtmlExtractor();
        using var w = new StreamWriter(path);
        foreach (var page in pages) w.WriteLine(Line(extractor.Extract(ExtractionSystem.Decode(page))));
        if (datesDir is null || !File.Exists(Path.Combine(datesDir, "gold.json"))) return;
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(datesDir, "gold.json")));
        foreach (var p in gold.RootElement.EnumerateObject())
        {
            var file = Path.Combine(datesDir, "html", p.Value.GetProperty("file").GetString() + ".gz");
            if (!File.Exists(file)) continue;
            var raw = new RawDocument
            {
                Source = new SourceInfo(file, p.Name, Formats.Html),
                Kind = PayloadKind.Html,
                Bytes = Gunzip(file),
                Id = Path.GetFileName(file),
                Hints = new DocumentHints(Url: p.Name),
            };
            w.WriteLine(Line(extractor.Extract(PageDecoder.Decode(raw))));
        }
    }

    private static string Line(Document d) => JsonSerializer.Serialize(new
    {
        d.Id, d.Title, d.Authors, d.Outlet, d.Published, d.Language, d.Warnings, d.Comments,
        Removed = d.Removed.Select(r => new { r.Reason, r.Text }), d.Body,
    });

    private static byte[] Gunzip(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }
}
