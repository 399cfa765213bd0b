using System.Text;

namespace Sitrep.Read.Decoding;

/// <summary>
/// Chooses between windows-1251 (Cyrillic) and windows-1252 (Western) for undeclared legacy text.
/// In cp1251 text, bytes 0xC0-0xFF are letters that come in runs (whole words); in cp1252 text
/// they are accented letters standing alone between ASCII letters.
/// </summary>
public static class SingleByteSniffer
{
    static SingleByteSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        int high = 0, inRuns = 0, run = 0, lowerCyr = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0)
            {
                high++;
                run++;
                if (b >= 0xE0) lowerCyr++;
            }
            else
            {
                if (run >= 3) inRuns += run;
                run = 0;
            }
        }
        if (run >= 3) inRuns += run;
        // Cyrillic words are mostly lower case (0xE0-0xFF) and run three letters or more.
        bool cyrillic = high > 0 && inRuns >= high * 0.5 && lowerCyr >= high * 0.5;
        return Encoding.GetEncoding(cyrillic ? 1251 : 1252);
    }
}
