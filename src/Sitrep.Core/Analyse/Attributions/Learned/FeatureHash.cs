namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// The hashing trick (Weinberger et al. 2009, "Feature Hashing for Large Scale Multitask Learning"): a feature such as
/// "next word = that" is hashed straight to a weight index, so the model needs no vocabulary and extraction allocates
/// nothing. FNV-1a over the template id and the characters, then MurmurHash3's finaliser so that the low bits mix well.
/// The hash must never change: a saved model's weights are indexed by it.
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261, Prime = 16777619;

    public static int Of(int template, int bits) => Finish(Step(Offset, (uint)template), bits);

    public static int Of(int template, ReadOnlySpan<char> a, int bits) => Finish(Chars(Step(Offset, (uint)template), a), bits);

    public static int Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bits) =>
        Finish(Chars(Step(Chars(Step(Offset, (uint)template), a), 0xFFFF), b), bits);

    public static int Of(int template, ReadOnlySpan<char> a, int value, int bits) =>
        Finish(Step(Chars(Step(Offset, (uint)template), a), 0x10000u + (uint)value), bits);

    public static int Of(int template, int value, int bits) => Finish(Step(Step(Offset, (uint)template), 0x10000u + (uint)value), bits);

    private static uint Step(uint h, uint value) => (h ^ value) * Prime;

    /// <summary>Characters hashed at most: scraped text holds "words" of thousands of characters (inline data, run-together
    /// markup), and hashing each as a neighbour of every token near it made the stage ten times slower.</summary>
    public const int MaxChars = 32;

    private static uint Chars(uint h, ReadOnlySpan<char> s)
    {
        if (s.Length > MaxChars) s = s[..MaxChars];
        foreach (var c in s) h = (h ^ c) * Prime;
        return h;
    }

    private static int Finish(uint h, int bits)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return (int)(h & ((1u << bits) - 1));
    }
}
