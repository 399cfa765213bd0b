using System.Security.Cryptography;

namespace Sitrep.Read;

/// <summary>The document id: the first 64 bits of the SHA-256 of the raw input, as 16 hex digits.
/// Stable across runs and machines, so ingesting the same input twice stores it once.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    public static string Of(string text) => Of(System.Text.Encoding.UTF8.GetBytes(text));
}
