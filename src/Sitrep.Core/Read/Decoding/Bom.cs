using System.Text;

namespace Sitrep.Read.Decoding;

/// <summary>Byte order marks (WHATWG Encoding §4 "BOM sniff", plus UTF-32 which Windows tools still write).</summary>
public static class Bom
{
    public sealed record Match(Encoding Encoding, int Length);

    public static Match? Detect(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return new(new UTF32Encoding(false, false), 4);
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return new(new UTF32Encoding(true, false), 4);
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return new(new UTF8Encoding(false), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return new(new UnicodeEncoding(false, false), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return new(new UnicodeEncoding(true, false), 2);
        return null;
    }
}
