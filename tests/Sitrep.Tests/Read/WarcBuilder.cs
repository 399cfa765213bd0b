using System.Text;

namespace Sitrep.Tests.Read;

/// <summary>Writes WARC 1.1 records the way crawlers do (ISO 28500 §4), with knobs to break them.</summary>
internal sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];

    public WarcBuilder Warcinfo() => Record("warcinfo", null, "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n"u8.ToArray());

    public WarcBuilder Request(string uri) => Record("request", uri, "application/http; msgtype=request",
        Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public WarcBuilder Response(string uri, string body, string contentType = "text/html; charset=utf-8", int status = 200,
        string extraHeaders = "", byte[]? rawBody = null, int? contentLengthDelta = null)
    {
        var bodyBytes = rawBody ?? Encoding.UTF8.GetBytes(body);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {bodyBytes.Length}\r\n\r\n");
        return Record("response", uri, "application/http; msgtype=response", [.. head, .. bodyBytes], contentLengthDelta);
    }

    public WarcBuilder Record(string type, string? uri, string contentType, byte[] block, int? contentLengthDelta = null)
    {
        var sb = new StringBuilder();
        sb.Append("WARC/1.1\r\n");
        sb.Append($"WARC-Type: {type}\r\n");
        sb.Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        sb.Append("WARC-Date: 2017-04-05T10:00:00Z\r\n");
        if (uri is not null) sb.Append($"WARC-Target-URI: {uri}\r\n");
        sb.Append($"Content-Type: {contentType}\r\n");
        sb.Append($"Content-Length: {block.Length + (contentLengthDelta ?? 0)}\r\n\r\n");
        _records.Add([.. Encoding.ASCII.GetBytes(sb.ToString()), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public WarcBuilder Raw(byte[] bytes) { _records.Add(bytes); return this; }

    public byte[] Build() => _records.SelectMany(r => r).ToArray();

    /// <summary>A .warc.gz: one gzip member per record, as the WARC spec's Annex D recommends.</summary>
    public byte[] BuildGzipPerRecord() => _records.SelectMany(ReadHelpers.Gzip).ToArray();
}
