using System.Text;

namespace Sitrep.Read.Decoding;

/// <summary>
/// Chooses between windows-1251 (Cyrillic) and windows-1252 (Western) for undeclared legacy text.
/// In cp1251 text, bytes 0xC0-0xFF are letters that come in runs (whole words, upper or lower case);
/// in cp1252 text they are accented letters standing alone inside ASCII words ("café", "Müller").
/// </summary>
public static class SingleByteSniffer
{
    static SingleByteSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        int high = 0, inRuns = 0, run = 0, insideAsciiWords = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b >= 0xC0)
            {
                high++;
                run++;
                if ((i > 0 && IsAsciiLetter(bytes[i - 1])) || (i + 1 < bytes.Length && IsAsciiLetter(bytes[i + 1]))) insideAsciiWords++;
            }
            else
            {
                if (run >= 3) inRuns += run;
                run = 0;
            }
        }
        if (run >= 3) inRuns += run;
        bool cyrillic = high > 0 && inRuns >= high * 0.5 && inRuns > insideAsciiWords;
        return Encoding.GetEncoding(cyrillic ? 1251 : 1252);
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';
}
