namespace Sitrep.Read;

/// <summary>
/// CRC-32 as gzip uses it (RFC 1952 §8, ISO 3309 polynomial, reflected), plus the "combine" algebra from zlib
/// that derives the CRC of a suffix from the CRC of the whole and of the prefix, without the bytes.
/// </summary>
internal static class Crc32
{
    private const uint Polynomial = 0xEDB88320;
    private static readonly uint[] Table = BuildTable();

    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        crc = ~crc;
        foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    /// <summary>CRC of the last <paramref name="suffixLength"/> bytes, given the CRC of all bytes and of the bytes before them.</summary>
    public static uint OfSuffix(uint whole, uint prefix, long suffixLength) => whole ^ Shift(prefix, suffixLength);

    /// <summary>zlib's crc32_combine without the final XOR: the effect of <paramref name="length"/> more bytes on a CRC.</summary>
    private static uint Shift(uint crc, long length)
    {
        if (length <= 0) return crc;
        Span<uint> even = stackalloc uint[32];
        Span<uint> odd = stackalloc uint[32];
        odd[0] = Polynomial;
        uint row = 1;
        for (int n = 1; n < 32; n++) { odd[n] = row; row <<= 1; }
        Square(even, odd); // two zero bits
        Square(odd, even); // four zero bits
        do
        {
            Square(even, odd);
            if ((length & 1) != 0) crc = Times(even, crc);
            length >>= 1;
            if (length == 0) break;
            Square(odd, even);
            if ((length & 1) != 0) crc = Times(odd, crc);
            length >>= 1;
        } while (length != 0);
        return crc;
    }

    private static uint Times(Span<uint> matrix, uint vector)
    {
        uint sum = 0;
        for (int i = 0; vector != 0; i++, vector >>= 1)
            if ((vector & 1) != 0) sum ^= matrix[i];
        return sum;
    }

    private static void Square(Span<uint> square, Span<uint> matrix)
    {
        for (int n = 0; n < 32; n++) square[n] = Times(matrix, matrix[n]);
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }
}
