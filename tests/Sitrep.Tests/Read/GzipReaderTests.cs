using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Read.Gzip;

namespace Sitrep.Tests.Read;

public class GzipReaderTests
{
    private static byte[] Gzip(string text)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal)) gz.Write(Encoding.UTF8.GetBytes(text));
        return ms.ToArray();
    }

    private static string ReadAll(byte[] compressed)
    {
        using var reader = new StreamReader(new GzipReader(new MemoryStream(compressed), "x.gz"));
        return reader.ReadToEnd();
    }

    [Fact]
    public void Reads_one_member_and_concatenated_members()
    {
        ReadAll(Gzip("Palmyra")).Should().Be("Palmyra");
        ReadAll([.. Gzip("WARC record one. "), .. Gzip("WARC record two.")]).Should().Be("WARC record one. WARC record two.");
    }

    [Fact]
    public void A_file_cut_short_is_reported_not_silently_shortened()
    {
        var full = Gzip(string.Concat(Enumerable.Range(0, 5000).Select(i => $"line {i} about Deir ez-Zor\n")));
        var act = () => ReadAll(full[..(full.Length / 2)]);
        act.Should().Throw<IOException>().WithMessage("*ends early*x.gz*");
    }

    [Fact]
    public void A_missing_trailer_is_truncation_too()
    {
        var full = Gzip("short text");
        var act = () => ReadAll(full[..^4]);
        act.Should().Throw<IOException>().WithMessage("*ends early*");
    }

    [Fact]
    public void Corrupt_data_is_reported_with_zlibs_reason()
    {
        var bad = Gzip("some text to compress, long enough to have a block");
        for (int i = 12; i < bad.Length - 8; i++) bad[i] ^= 0x5A;
        var act = () => ReadAll(bad);
        act.Should().Throw<IOException>().WithMessage("*corrupt*");
    }

    [Fact]
    public void Trailing_zero_padding_after_a_complete_member_is_ignored()
    {
        ReadAll([.. Gzip("complete"), 0, 0, 0, 0]).Should().Be("complete");
    }

    [Property(MaxTest = 200)]
    public Property Any_prefix_of_a_gzip_file_either_reads_fully_or_raises_IOException(PositiveInt cut)
    {
        var full = Gzip("The Russian Defence Ministry said more than 80 terrorists were killed near Palmyra.");
        int n = cut.Get % (full.Length + 1);
        try
        {
            var text = ReadAll(full[..n]);
            return (n == full.Length && text.StartsWith("The Russian")).ToProperty();
        }
        catch (IOException) { return (n < full.Length).ToProperty(); }
    }
}
