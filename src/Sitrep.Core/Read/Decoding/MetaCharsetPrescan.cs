using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Read.Decoding;

/// <summary>
/// A simplified form of the HTML prescan for a character encoding (HTML Living Standard §13.2.3.2):
/// look in the first 1024 bytes (we allow 4096, pages put long scripts first) for
/// &lt;meta charset=X&gt; or &lt;meta http-equiv="Content-Type" content="...; charset=X"&gt;.
/// </summary>
public static partial class MetaCharsetPrescan
{
    [GeneratedRegex(@"<meta[^>]+?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }
}
