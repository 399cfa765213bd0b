using System.Globalization;
using System.Text;

namespace Sitrep.Read.Warc;

/// <summary>
/// The HTTP response stored in a WARC response record's block (RFC 9112 §4 status line, §5 fields):
/// status, header fields (repeated fields joined with ", " as RFC 9110 §5.3 allows) and where the body starts.
/// </summary>
public sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, int BodyStart)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>The media type of Content-Type, lower case, without parameters ("text/html").</summary>
    public string? MediaType => MediaTypeOf(Header("Content-Type"));

    public string? Charset => CharsetOf(Header("Content-Type"));

    public static HttpResponse? Parse(ReadOnlySpan<byte> block, out string? error)
    {
        error = null;
        int pos = 0;
        if (!NextLine(block, ref pos, out var statusLine) || !statusLine.StartsWith("HTTP/"u8))
        {
            error = "the record does not hold an HTTP response (no \"HTTP/\" status line)";
            return null;
        }
        var parts = Encoding.ASCII.GetString(statusLine).Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[1].Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int status))
        {
            error = $"malformed HTTP status line \"{Encoding.ASCII.GetString(statusLine[..Math.Min(60, statusLine.Length)])}\"";
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            if (!NextLine(block, ref pos, out var line))
            {
                // Headers without the empty line that ends them: a capture cut after the headers. No body.
                return new HttpResponse(status, headers, block.Length);
            }
            if (line.IsEmpty) break;
            int colon = line.IndexOf((byte)':');
            if (colon <= 0) continue;
            var name = Encoding.ASCII.GetString(line[..colon]).Trim();
            var value = Encoding.Latin1.GetString(line[(colon + 1)..]).Trim();
            headers[name] = headers.TryGetValue(name, out var previous) ? previous + ", " + value : value;
        }
        return new HttpResponse(status, headers, pos);
    }

    public static string? MediaTypeOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        int semi = contentType.IndexOf(';');
        var type = (semi < 0 ? contentType : contentType[..semi]).Trim().ToLowerInvariant();
        return type.Length == 0 ? null : type;
    }

    /// <summary>The charset parameter of a Content-Type value (RFC 9110 §8.3.1), unquoted.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            int eq = parameter.IndexOf('=');
            if (eq > 0 && parameter[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = parameter[(eq + 1)..].Trim().Trim('"', '\'').Trim();
                return value.Length == 0 ? null : value;
            }
        }
        return null;
    }

    private static bool NextLine(ReadOnlySpan<byte> data, ref int pos, out ReadOnlySpan<byte> line)
    {
        line = default;
        if (pos >= data.Length) return false;
        int lf = data[pos..].IndexOf((byte)'\n');
        if (lf < 0) return false;
        line = data.Slice(pos, lf);
        pos += lf + 1;
        if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
        return true;
    }
}
