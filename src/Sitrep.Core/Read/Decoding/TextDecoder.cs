using System.Text;

namespace Sitrep.Read.Decoding;

/// <summary>
/// Turns bytes into text. Order of evidence, as in the WHATWG Encoding and HTML specs:
/// a byte order mark, then the charset the transport declared (HTTP header, container), then for HTML
/// a &lt;meta charset&gt; found by the prescan (HTML §13.2.3.2), then detection: valid UTF-8, UTF-16
/// without BOM, and cp1251 versus windows-1252 for legacy single-byte pages.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Result(string Text, string EncodingName, string Evidence);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static Result Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, bool isHtml)
    {
        if (Bom.Detect(bytes) is { } bom)
            return new(bom.Encoding.GetString(bytes[bom.Length..]), bom.Encoding.WebName, "byte order mark");

        if (Resolve(declaredCharset) is { } declared && !IsUtf16(declared))
            return Declared(bytes, declared, $"declared charset {declaredCharset}");

        if (isHtml && MetaCharsetPrescan.Find(bytes) is { } meta && Resolve(meta) is { } metaEncoding && !IsUtf16(metaEncoding))
            return Declared(bytes, metaEncoding, $"<meta> charset {meta}");

        return Detect(bytes);
    }

    private static Result Declared(ReadOnlySpan<byte> bytes, Encoding declared, string evidence)
    {
        var (text, used) = DecodeDeclared(bytes, declared);
        return used.CodePage == declared.CodePage
            ? new(text, declared.WebName, evidence)
            : new(text, used.WebName, $"{evidence} contradicted by the bytes");
    }

    /// <summary>Best-effort decoding without declarations; also used to sniff formats.</summary>
    public static Result Detect(ReadOnlySpan<byte> bytes)
    {
        if (Utf16Sniffer.Detect(bytes) is { } utf16)
            return new(utf16.GetString(bytes[..(bytes.Length & ~1)]), utf16.WebName, "UTF-16 detected from NUL byte pattern");
        if (IsValidUtf8(bytes, out bool ascii))
            return new(Encoding.UTF8.GetString(bytes), ascii ? "us-ascii" : "utf-8", ascii ? "ASCII only" : "valid UTF-8");
        var legacy = SingleByteSniffer.Guess(bytes);
        return new(legacy.GetString(bytes), legacy.WebName, "undeclared single-byte text; guessed from letter statistics");
    }

    /// <summary>Decodes the head of an input for format detection; null when it is not text at all.</summary>
    public static string? DecodeSample(ReadOnlySpan<byte> head)
    {
        if (Bom.Detect(head) is { } bom) return bom.Encoding.GetString(head[bom.Length..]);
        if (Utf16Sniffer.Detect(head) is { } utf16) return utf16.GetString(head[..(head.Length & ~1)]);
        int control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B)) control++;
        if (control > Math.Max(2, head.Length / 100)) return null;
        // A UTF-8 sequence may be cut at the end of the head: decode leniently.
        return IsValidUtf8(head[..Utf8Boundary(head)], out _) ? Encoding.UTF8.GetString(head) : SingleByteSniffer.Guess(head).GetString(head);
    }

    public static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG: these labels mean windows-1252 on the web; iso-8859-1 pages are decoded as windows-1252.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "ascii" or "us-ascii" or "iso8859-1") name = "windows-1252";
        if (name is "utf8") name = "utf-8";
        if (name is "win-1251" or "cp1251" or "windows1251") name = "windows-1251";
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    private static bool IsUtf16(Encoding e) => e.CodePage is 1200 or 1201;

    /// <summary>Obeys a declaration unless the bytes prove it wrong.</summary>
    private static (string Text, Encoding Used) DecodeDeclared(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        bool utf8 = IsValidUtf8(bytes, out bool ascii);
        // A page that declares UTF-8 but is not (common with cp1251 sites) is decoded by detection instead.
        if (encoding.CodePage == 65001 && !utf8)
        {
            var detected = Detect(bytes);
            return (detected.Text, Encoding.GetEncoding(detected.EncodingName));
        }
        // The reverse: a single-byte label on valid multi-byte UTF-8 (a page re-saved as UTF-8, its old <meta> kept).
        // Legacy text is valid UTF-8 by accident only for very short runs, so the bytes win.
        if (encoding.IsSingleByte && utf8 && !ascii) return (Encoding.UTF8.GetString(bytes), Encoding.UTF8);
        return (encoding.GetString(bytes), encoding);
    }

    internal static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool ascii)
    {
        ascii = System.Text.Ascii.IsValid(bytes);
        if (ascii) return true;
        return System.Text.Unicode.Utf8.IsValid(bytes);
    }

    /// <summary>Length of <paramref name="bytes"/> without a UTF-8 sequence cut at its end.</summary>
    internal static int Utf8Boundary(ReadOnlySpan<byte> bytes)
    {
        int end = bytes.Length;
        for (int back = 1; back <= 3 && end - back >= 0; back++)
        {
            byte b = bytes[end - back];
            if ((b & 0xC0) == 0x80) continue;          // continuation byte: keep looking for the lead
            if ((b & 0x80) == 0) return end;           // ASCII: nothing cut
            int need = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return need > back ? end - back : end;
        }
        return end;
    }
}
