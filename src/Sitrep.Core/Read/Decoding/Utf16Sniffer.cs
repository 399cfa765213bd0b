using System.Text;

namespace Sitrep.Read.Decoding;

/// <summary>
/// UTF-16 without a byte order mark: text in Latin or Cyrillic script has a NUL or a small constant
/// in every other byte. We require the pattern on most pairs so binary files do not qualify.
/// </summary>
public static class Utf16Sniffer
{
    public static Encoding? Detect(ReadOnlySpan<byte> b)
    {
        int pairs = Math.Min(b.Length / 2, 4096);
        if (pairs < 4) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < pairs; i++)
        {
            if (b[2 * i] == 0) zeroEven++;
            if (b[2 * i + 1] == 0) zeroOdd++;
        }
        // ASCII-heavy text: the high byte is zero on most characters; Cyrillic has 0x04 there instead.
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return new UnicodeEncoding(false, false);
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return new UnicodeEncoding(true, false);
        return null;
    }
}
