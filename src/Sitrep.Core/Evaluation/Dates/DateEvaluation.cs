using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Sitrep.Extract.Html.Source;
using Sitrep.Documents;
using Sitrep.Extract.Metadata;
using Sitrep.Read.Decoding;

namespace Sitrep.Evaluation.Dates;

/// <summary>One evaluated page: the gold day, what we predicted and why.</summary>
public sealed record DatePageResult(string Url, string Gold, string? Predicted, string? Evidence, string? Precision, double Confidence, string? Error, string? Rule = null)
{
    /// <summary>Time spent on the page (decode, parse, metadata).</summary>
    public TimeSpan Elapsed { get; init; }

    public bool Correct => Predicted is not null && Predicted == Gold;
}

/// <summary>The figures of a run over a date gold standard.</summary>
public sealed record DateEvaluationReport(IReadOnlyList<DatePageResult> Pages, TimeSpan Elapsed)
{
    public int Total => Pages.Count;
    public int Predicted => Pages.Count(p => p.Predicted is not null);
    public int Correct => Pages.Count(p => p.Correct);
    /// <summary>Correct days over all pages: a page without a prediction counts as wrong.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Total == 0 ? 0 : (double)Correct / Total;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double Coverage => Total == 0 ? 0 : (double)Predicted / Total;
    public double PagesPerSecond => Elapsed.TotalSeconds == 0 ? 0 : Total / Elapsed.TotalSeconds;
    /// <summary>The slowest page after the first (which pays for start-up: JIT and regex compilation).</summary>
    public DatePageResult? Slowest => Pages.Skip(1).MaxBy(p => p.Elapsed);
}

/// <summary>
/// Runs <see cref="HtmlMetadata"/> over the htmldate evaluation set layout: <c>gold.json</c> = {url: {file, date}}
/// and <c>html/&lt;file&gt;.gz</c>. A prediction is correct when its day (YYYY-MM-DD) equals the gold day;
/// month- or year-precision predictions are counted as predicted but never correct.
/// </summary>
public static class DateEvaluation
{
    public static DateEvaluationReport Run(string dataDir, DateTimeOffset? now = null)
    {
        var gold = ReadGold(Path.Combine(dataDir, "gold.json"));
        var results = new List<DatePageResult>(gold.Count);
        var clock = Stopwatch.StartNew();
        foreach (var (url, file, date) in gold)
        {
            long start = Stopwatch.GetTimestamp();
            var result = EvaluatePage(dataDir, url, file, date);
            results.Add(result with { Elapsed = Stopwatch.GetElapsedTime(start) });
        }
        clock.Stop();
        return new DateEvaluationReport(results, clock.Elapsed);
    }

    /// <summary>Every candidate of every rule for the pages whose URL contains <paramref name="urlPart"/>: for studying misses.</summary>
    public static IEnumerable<string> Explain(string dataDir, string urlPart)
    {
        foreach (var (url, file, date) in ReadGold(Path.Combine(dataDir, "gold.json")))
        {
            if (!url.Contains(urlPart, StringComparison.OrdinalIgnoreCase) || FindPage(dataDir, file) is not { } path) continue;
            yield return $"{url}  gold {date}";
            var decoded = TextDecoder.Decode(ReadBytes(path), null, true);
            using var dom = HtmlParsing.Parse(decoded.Text);
            var scripts = ScriptBlocks.Find(decoded.Text);
            var page = new Extract.Metadata.Dates.Html.HtmlDatePage(dom, Extract.Metadata.Html.MarkupIndex.Of(dom), scripts, Extract.Metadata.Html.JsonLd.Read(scripts), url, Extract.Metadata.Dates.DateWindow.For(new DocumentHints(Url: url)));
            foreach (var rule in Extract.Metadata.Dates.Html.HtmlDateCascade.Default.Rules)
                foreach (var f in rule.Find(page).Take(5))
                    yield return $"  {rule.Name,-14} {f.Date.Format(),-10} {f.Confidence:F2} {(page.Window.Contains(f.Date) ? "" : "(implausible) ")}{f.Evidence}";
        }
    }

    private static DatePageResult EvaluatePage(string dataDir, string url, string file, string gold)
    {
        var path = FindPage(dataDir, file);
        if (path is null) return new DatePageResult(url, gold, null, null, null, 0, "page file missing");
        try
        {
            var bytes = ReadBytes(path);
            var decoded = TextDecoder.Decode(bytes, null, true);
            var raw = new RawDocument
            {
                Source = new SourceInfo(path, url, "html"),
                Kind = PayloadKind.Html,
                Bytes = bytes,
                Hints = new DocumentHints(Url: url),
                Id = file,
            };
            var page = new DecodedPage(raw, decoded.Text, PayloadKind.Html, decoded.EncodingName, []);
            using var dom = HtmlParsing.Parse(decoded.Text);
            var (meta, finding) = HtmlMetadata.ReadDetailed(dom, page);
            var p = meta.Published;
            return new DatePageResult(url, gold, p?.Date, p?.Evidence, p?.Precision, p?.Confidence ?? 0, null, finding?.Rule);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException)
        {
            return new DatePageResult(url, gold, null, null, null, 0, e.Message);
        }
    }

    private static string? FindPage(string dataDir, string file)
    {
        foreach (var candidate in new[] { Path.Combine(dataDir, "html", file + ".gz"), Path.Combine(dataDir, "html", file) })
            if (File.Exists(candidate)) return candidate;
        return null;
    }

    private static byte[] ReadBytes(string path)
    {
        using var fs = File.OpenRead(path);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) { using var ms0 = new MemoryStream(); fs.CopyTo(ms0); return ms0.ToArray(); }
        using var gz = new GZipStream(fs, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    private static List<(string Url, string File, string Date)> ReadGold(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = new List<(string, string, string)>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var file = p.Value.GetProperty("file").GetString();
            var date = p.Value.GetProperty("date").GetString();
            if (file is not null && date is not null) list.Add((p.Name, file, date));
        }
        return list;
    }
}
