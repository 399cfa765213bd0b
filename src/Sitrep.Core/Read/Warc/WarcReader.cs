using Sitrep.Documents;
using Sitrep.Read.Detection;

namespace Sitrep.Read.Warc;

/// <summary>
/// Reads a WARC file (ISO 28500, WARC 1.0/1.1; .warc.gz arrives here already decompressed) record by record.
/// Response records holding a successful HTTP response with an HTML or plain-text body become documents,
/// as do resource records of those types. Other record types (warcinfo, request, metadata, revisit,
/// conversion, continuation) describe the crawl, not pages, and are skipped silently. Everything else that
/// looks like a page but is not one (HTTP 404, an image, a broken body) yields an error naming the record.
/// </summary>
public sealed class WarcReader : IFormatReader
{
    public string Format => Formats.Warc;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        var parser = new WarcRecordParser(stream, input.Options.MaxDocumentBytes);
        while (parser.Next() is { } step)
        {
            switch (step)
            {
                case WarcErrorStep e:
                    yield return new ReadError(input.Source(Format, e.Uri, e.Locator), Describe(e.Number, e.Offset, e.Uri) + e.Reason);
                    break;
                case WarcRecordStep { Record: var record }:
                    if (ToItem(record, input) is { } item) yield return item;
                    break;
            }
        }
    }

    /// <summary>The document or error a record yields; null for records that are not pages.</summary>
    internal ReadItem? ToItem(WarcRecord record, InputContext input)
    {
        string? mediaType, charset;
        byte[]? payload;
        string? error = null;
        switch (record.Type)
        {
            case "response":
                var declared = HttpResponse.MediaTypeOf(record.ContentType);
                // Response records for DNS lookups and the like carry no HTTP message (§6.3: application/http).
                if (declared is not null && declared != "application/http" && !record.Block.AsSpan().StartsWith("HTTP/"u8)) return null;
                var http = HttpResponse.Parse(record.Block, out error);
                if (http is null) return Error(record, input, error!);
                if (http.Status is < 200 or > 299)
                    return Error(record, input, http.Status is >= 300 and < 400 && http.Header("Location") is { } location
                        ? $"HTTP {http.Status} redirect to {location}, not a page"
                        : $"HTTP {http.Status}, not a page");
                mediaType = http.MediaType;
                charset = http.Charset;
                payload = HttpPayload.Decode(record.Block.AsSpan(http.BodyStart), http.Header("Transfer-Encoding"),
                    http.Header("Content-Encoding"), input.Options.MaxDocumentBytes, out error);
                break;
            case "resource":
                mediaType = HttpResponse.MediaTypeOf(record.ContentType);
                charset = HttpResponse.CharsetOf(record.ContentType);
                payload = record.Block;
                break;
            default:
                return null;
        }
        if (payload is null) return Error(record, input, error!);
        if (payload.Length == 0) return Error(record, input, "the response body is empty, not a page");
        if (KindOf(mediaType, payload) is not { } kind)
            return Error(record, input, $"is {mediaType ?? Describe(payload)}, not a text page");

        return new ReadDocument(new RawDocument
        {
            Source = input.Source(Format, record.TargetUri, record.Locator),
            Kind = kind,
            Bytes = payload,
            DeclaredCharset = charset,
            Hints = new DocumentHints(Url: record.TargetUri, CollectedDate: record.Date).Or(input.Options.Hints),
            Id = ContentHash.Of(record.Block),
        });
    }

    /// <summary>HTML for text/html and XHTML, text for text/plain; an absent or generic type is decided from the bytes.</summary>
    internal static PayloadKind? KindOf(string? mediaType, ReadOnlySpan<byte> payload)
    {
        switch (mediaType)
        {
            case "text/html" or "application/xhtml+xml" or "application/xhtml" or "text/xhtml":
                return PayloadKind.Html;
            case "text/plain":
                return PayloadKind.Text;
            case null or "application/octet-stream" or "unknown/unknown" or "binary/octet-stream":
                var sniffed = FormatDetector.Detect(payload[..Math.Min(payload.Length, 4096)], null).Format;
                return sniffed switch { InputFormat.Html => PayloadKind.Html, InputFormat.Text => PayloadKind.Text, _ => null };
            default:
                return null;
        }
    }

    private static string Describe(ReadOnlySpan<byte> payload) =>
        BinarySignatures.Match(payload) is { } what ? what : "undeclared binary content";

    private ReadError Error(WarcRecord record, InputContext input, string reason) =>
        new(input.Source(Format, record.TargetUri, record.Locator), Describe(record.Number, record.Offset, record.TargetUri) + reason);

    private static string Describe(int number, long offset, string? uri) =>
        $"WARC record {number} at byte {offset}" + (uri is null ? ": " : $" ({uri}): ");
}
