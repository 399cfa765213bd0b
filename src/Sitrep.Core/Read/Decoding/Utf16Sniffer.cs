using System.Text;

namespace Sitrep.Read.Decoding;

/// <summary>
/// UTF-16 without a byte order mark. In text of one script the high byte of every code unit is either 0x00
/// (ASCII spaces, digits, punctuation, Latin letters) or the script's block (0x04 for Cyrillic, 0x06 for Arabic),
/// while the low bytes vary and are almost never 0x00. We look for a byte position (odd: little-endian,
/// even: big-endian) that takes at most those two values on nearly every pair, so Cyrillic and Arabic UTF-16
/// qualify as well as English, and binary files, whose bytes vary on both positions, do not.
/// </summary>
public static class Utf16Sniffer
{
    public static Encoding? Detect(ReadOnlySpan<byte> b)
    {
        int pairs = Math.Min(b.Length / 2, 4096);
        if (pairs < 4) return null;
        Span<int> even = stackalloc int[256];
        Span<int> odd = stackalloc int[256];
        for (int i = 0; i < pairs; i++)
        {
            even[b[2 * i]]++;
            odd[b[2 * i + 1]]++;
        }
        if (LooksLikeHighBytes(odd, even, pairs)) return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        if (LooksLikeHighBytes(even, odd, pairs)) return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        return null;
    }

    private static bool LooksLikeHighBytes(Span<int> high, Span<int> low, int pairs)
    {
        int zeros = high[0];
        int block = 0;
        for (int v = 1; v < 0xD8; v++) block = Math.Max(block, high[v]); // 0xD8-0xDF are surrogates: not a script block
        return zeros >= pairs * 0.05          // some ASCII: spaces at least
            && zeros + block >= pairs * 0.9   // the rest in one script block
            && low[0] <= pairs * 0.02;        // text has almost no U+xx00 characters
    }
}
