using System.Text;
using Sitrep.Read;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

/// <summary>Whole, cut and damaged gzip files of one and several members through <see cref="Sitrep.Read.Gzip.GzipReader"/>.</summary>
public class GzipMemberTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"Report {i}: shelling near Hama, {i * 7 % 13} killed.\n")));

    private static long Drain(byte[] gz)
    {
        using var guard = new Sitrep.Read.Gzip.GzipReader(new MemoryStream(gz), "t.gz");
        var buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = guard.Read(buffer)) > 0) total += n;
        return total;
    }

    [Fact]
    public void A_whole_single_member_passes()
    {
        Drain(Gzip(Text)).Should().Be(Text.Length);
    }

    [Fact]
    public void A_whole_multi_member_file_passes()
    {
        byte[] gz = [.. Gzip(Text), .. Gzip(Text[..5000]), .. Gzip(Text[100..9000])];
        Drain(gz).Should().Be(Text.Length + 5000 + 8900);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void A_cut_file_throws_an_io_exception_saying_so(int fraction)
    {
        var gz = Gzip(Text);
        var act = () => Drain(gz[..(gz.Length - gz.Length / fraction)]);
        act.Should().Throw<IOException>().WithMessage("*gzip*");
    }

    [Fact]
    public void A_damaged_crc_in_the_last_member_of_several_is_caught()
    {
        byte[] gz = [.. Gzip(Text), .. Gzip(Text[..5000])];
        gz[^8] ^= 0xFF;
        var act = () => Drain(gz);
        act.Should().Throw<IOException>();
    }
}
