using System.Text;

namespace Sitrep.Read.Detection;

/// <summary>
/// Decides an input's format from its first bytes (content first, the file name only to break ties),
/// so a feed saved as .txt or a page piped through stdin is still read right.
/// </summary>
public static class FormatDetector
{
    public const int HeadSize = 64 * 1024;

    public sealed record Detection(InputFormat Format, string? Detail = null);

    public static Detection Detect(ReadOnlySpan<byte> head, string? fileName)
    {
        if (head.IsEmpty) return new(InputFormat.Empty);
        if (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b) return new(InputFormat.Gzip);
        if (BinarySignatures.Match(head) is { } binary) return new(InputFormat.Binary, binary);
        // Before the text test: a WARC file holds binary payloads (images, compressed bodies) between its text headers.
        var start = head.TrimStart("\r\n \t"u8);
        if (start.StartsWith("WARC/1."u8) || start.StartsWith("WARC/0."u8)) return new(InputFormat.Warc);

        // Decode a sample for the textual tests; UTF-16 pages are common enough from Windows tools.
        var sample = Decoding.TextDecoder.DecodeSample(head);
        if (sample is null) return new(InputFormat.Binary, "no text encoding fits its bytes (control characters or NUL bytes)");
        var trimmed = sample.AsSpan().TrimStart();

        if (LooksLikeFeed(trimmed) is { } feed) return new(feed);
        if (LooksLikeHtml(trimmed)) return new(InputFormat.Html);
        if (trimmed.StartsWith("{") && LooksLikeJsonLines(trimmed)) return new(InputFormat.JsonLines);
        var ext = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson" && trimmed.StartsWith("{")) return new(InputFormat.JsonLines);
        if (Csv.CsvHeader.LooksLikeCsv(sample, ext)) return new(InputFormat.Csv);
        return new(InputFormat.Text);
    }

    private static InputFormat? LooksLikeFeed(ReadOnlySpan<char> text)
    {
        var window = text[..Math.Min(text.Length, 2048)];
        if (!window.StartsWith("<")) return null;
        if (window.Contains("<rss", StringComparison.OrdinalIgnoreCase) || window.Contains("<rdf:RDF", StringComparison.Ordinal)) return InputFormat.Rss;
        if (window.Contains("<feed", StringComparison.Ordinal) && window.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal)) return InputFormat.Atom;
        return null;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var window = text[..Math.Min(text.Length, 4096)];
        if (window.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var tag in (ReadOnlySpan<string>)["<html", "<head", "<body", "<meta ", "<title>", "<div", "<p>", "<article", "<!--"])
            if (window.Contains(tag, StringComparison.OrdinalIgnoreCase)) return window.TrimStart().StartsWith("<") || CountTags(window) >= 5;
        return false;
    }

    private static int CountTags(ReadOnlySpan<char> text)
    {
        int n = 0;
        for (int i = 0; i + 1 < text.Length; i++)
            if (text[i] == '<' && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/')) n++;
        return n;
    }

    private static bool LooksLikeJsonLines(ReadOnlySpan<char> text)
    {
        int newline = text.IndexOf('\n');
        var first = newline < 0 ? text : text[..newline];
        // A full first line that parses, or a head too short to hold one line, is JSON Lines.
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(Encoding.UTF8.GetBytes(first.ToString()));
            using var doc = System.Text.Json.JsonDocument.ParseValue(ref reader);
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException) { return newline < 0 && text.Length >= HeadSize - 16; }
    }
}
