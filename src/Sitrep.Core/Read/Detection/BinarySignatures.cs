namespace Sitrep.Read.Detection;

/// <summary>Magic numbers of common non-text files, so the error says what the file is.</summary>
public static class BinarySignatures
{
    private static readonly (byte[] Magic, string Name)[] Known =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ("BZh"u8.ToArray(), "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ("SQLite format 3"u8.ToArray(), "an SQLite database"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("RIFF"u8.ToArray(), "a RIFF media file"),
        ([0x00, 0x00, 0x00], "a binary file starting with NUL bytes"),
    ];

    public static string? Match(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, name) in Known)
            if (head.StartsWith(magic)) return name;
        return null;
    }
}
