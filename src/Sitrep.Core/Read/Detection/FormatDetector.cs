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
        if (trimmed.StartsWith("{") && LooksLikeJsonLines(trimmed, head.Length >= HeadSize)) return new(InputFormat.JsonLines);
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

    /// <summary>One of the first complete lines parses as a JSON object; or the first line fills the whole head
    /// (one long record) and starts like one.</summary>
    private static bool LooksLikeJsonLines(ReadOnlySpan<char> text, bool headFull)
    {
        int checkedLines = 0;
        while (!text.IsEmpty && checkedLines < 5)
        {
            int newline = text.IndexOf('\n');
            if (newline < 0) return headFull && checkedLines == 0;
            var line = text[..newline].Trim();
            text = text[(newline + 1)..];
            if (line.IsEmpty) continue;
            checkedLines++;
            if (line[0] == '{' && IsJsonObject(line)) return true;
        }
        return false;
    }

    private static bool IsJsonObject(ReadOnlySpan<char> line)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(Encoding.UTF8.GetBytes(line.ToArray()));
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException) { return false; }
    }
}
