using System.Text;
using Sitrep.Read.Detection;

namespace Sitrep.Read.Decoding;

/// <summary>
/// Chooses the encoding of a streamed text container (CSV, JSON Lines, an undeclared feed) from its head,
/// with the same evidence order as <see cref="TextDecoder"/> minus declarations: byte order mark, UTF-16 without
/// BOM, valid UTF-8, then cp1251 versus windows-1252. The container is then decoded on the fly, never loaded whole.
/// </summary>
public static class StreamEncoding
{
    public sealed record Sniffed(Encoding Encoding, int BomLength, string Evidence)
    {
        public bool IsUtf8 => Encoding.CodePage == 65001;
    }

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static Sniffed Sniff(ReadOnlySpan<byte> head)
    {
        if (Bom.Detect(head) is { } bom) return new(bom.Encoding, bom.Length, "byte order mark");
        if (Utf16Sniffer.Detect(head) is { } utf16) return new(utf16, 0, "UTF-16 detected from NUL byte pattern");
        if (TextDecoder.IsValidUtf8(head[..TextDecoder.Utf8Boundary(head)], out _)) return new(Utf8, 0, "valid UTF-8");
        return new(SingleByteSniffer.Guess(head), 0, "undeclared single-byte text; guessed from letter statistics");
    }

    /// <summary>A reader over the decoded text, past any byte order mark.</summary>
    public static TextReader OpenText(Stream stream, out Sniffed sniffed)
    {
        var peekable = Prepare(stream, out sniffed);
        return new StreamReader(peekable, sniffed.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
    }

    /// <summary>The content as UTF-8 bytes, past any byte order mark: transcoded on the fly unless it already is UTF-8.</summary>
    public static Stream OpenUtf8(Stream stream, out Sniffed sniffed)
    {
        var peekable = Prepare(stream, out sniffed);
        return sniffed.IsUtf8 ? peekable : Encoding.CreateTranscodingStream(peekable, sniffed.Encoding, Utf8, leaveOpen: true);
    }

    private static PeekableStream Prepare(Stream stream, out Sniffed sniffed)
    {
        var peekable = stream as PeekableStream ?? new PeekableStream(stream, ownsInner: false);
        sniffed = Sniff(peekable.Peek(FormatDetector.HeadSize));
        Span<byte> bom = stackalloc byte[4];
        if (sniffed.BomLength > 0) peekable.ReadExactly(bom[..sniffed.BomLength]);
        return peekable;
    }
}
