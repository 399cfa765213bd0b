using System.IO.Compression;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>One page of the Article Extraction Benchmark: its key, address, raw (gunzipped) HTML bytes and the
/// human-made article body.</summary>
public sealed record AebPage(string Key, string? Url, byte[] Html, string TruthBody);

/// <summary>
/// Loads the Article Extraction Benchmark layout: <c>ground-truth.json</c> = <c>{key: {articleBody, url}}</c>
/// and <c>html/&lt;key&gt;.html.gz</c>. Pages whose HTML file is missing are skipped and named in <see cref="Missing"/>.
/// </summary>
public sealed class AebDataset
{
    public required IReadOnlyList<AebPage> Pages { get; init; }
    public required IReadOnlyList<string> Missing { get; init; }

    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, "ground-truth.json"));

    public static AebDataset Load(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var pages = new List<AebPage>();
        var missing = new List<string>();
        foreach (var entry in json.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, "html", entry.Name + ".html.gz");
            if (!File.Exists(path)) { missing.Add(entry.Name); continue; }
            string truth = entry.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "";
            string? url = entry.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            pages.Add(new AebPage(entry.Name, url, Gunzip(path), truth));
        }
        return new AebDataset { Pages = pages, Missing = missing };
    }

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
