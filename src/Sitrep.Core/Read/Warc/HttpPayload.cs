using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Read.Warc;

/// <summary>
/// Undoes the HTTP transfer and content codings of a stored response body, as the page's bytes were before
/// the server sent them: chunked transfer coding (RFC 9112 §7.1), then gzip, deflate or br content coding
/// (RFC 9110 §8.4.1). Output is bounded by the document size limit, so a decompression bomb costs nothing.
/// </summary>
public static class HttpPayload
{
    public static byte[]? Decode(ReadOnlySpan<byte> body, string? transferEncoding, string? contentEncoding, long limit, out string? error)
    {
        error = null;
        byte[] bytes;
        if (transferEncoding?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            var dechunked = Dechunk(body, out error);
            if (dechunked is null) return null;
            bytes = dechunked;
        }
        else bytes = body.ToArray();

        var coding = contentEncoding?.Trim().ToLowerInvariant();
        switch (coding)
        {
            case null or "" or "identity" or "none" or "utf-8" or "utf8":
                return bytes;
            case "gzip" or "x-gzip":
                // Some crawlers store the decoded body but keep the header: no gzip magic means nothing to undo.
                if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b) return bytes;
                return Inflate(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress), "gzip", limit, out error);
            case "deflate":
                // RFC 9110 says zlib-wrapped (RFC 1950), but many servers send raw deflate (RFC 1951).
                bool zlib = bytes.Length >= 2 && (bytes[0] & 0x0F) == 8 && (bytes[0] << 8 | bytes[1]) % 31 == 0;
                Stream inflater = zlib ? new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress) : new DeflateStream(new MemoryStream(bytes), CompressionMode.Decompress);
                return Inflate(inflater, "deflate", limit, out error);
            case "br":
                return Inflate(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress), "br", limit, out error);
            default:
                error = $"the HTTP body uses Content-Encoding \"{contentEncoding}\", which is not supported (gzip, deflate, br are)";
                return null;
        }
    }

    /// <summary>Joins the chunks of a chunked body. A body that does not start with a chunk size was stored already
    /// de-chunked (a common crawler habit) and is returned as it is.</summary>
    public static byte[]? Dechunk(ReadOnlySpan<byte> body, out string? error)
    {
        error = null;
        var output = new MemoryStream(body.Length);
        int pos = 0;
        bool first = true;
        while (true)
        {
            int lf = body[pos..].IndexOf((byte)'\n');
            if (lf < 0)
            {
                if (first) return body.ToArray();
                break; // capture cut before the last chunk: keep what arrived
            }
            var sizeLine = body.Slice(pos, lf);
            int semi = sizeLine.IndexOf((byte)';'); // chunk extensions (§7.1.1) are ignored
            var hex = Encoding.ASCII.GetString(semi < 0 ? sizeLine : sizeLine[..semi]).Trim();
            if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int size) || size < 0)
            {
                if (first) return body.ToArray();
                error = $"malformed chunked transfer coding: \"{hex[..Math.Min(hex.Length, 20)]}\" is not a chunk size";
                return null;
            }
            first = false;
            pos += lf + 1;
            if (size == 0) break; // last chunk; trailer fields are not needed
            int available = Math.Min(size, body.Length - pos);
            output.Write(body.Slice(pos, available));
            pos += available;
            if (available < size) break;
            if (body[pos..].StartsWith("\r\n"u8)) pos += 2;
            else if (body[pos..].StartsWith("\n"u8)) pos += 1;
        }
        return output.ToArray();
    }

    private static byte[]? Inflate(Stream decompressor, string coding, long limit, out string? error)
    {
        error = null;
        using (decompressor)
        {
            var output = new MemoryStream();
            var chunk = new byte[16384];
            try
            {
                int n;
                while ((n = decompressor.Read(chunk)) > 0)
                {
                    output.Write(chunk, 0, n);
                    if (output.Length > limit)
                    {
                        error = $"too large: the {coding}-compressed HTTP body expands past {ByteSize.Limit(limit)}";
                        return null;
                    }
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                // A truncated capture still holds a usable start of the page.
                if (output.Length > 0) return output.ToArray();
                error = $"the HTTP body says Content-Encoding {coding} but does not decompress ({ex.Message})";
                return null;
            }
            return output.ToArray();
        }
    }
}
