namespace Sitrep.Link;

/// <summary>
/// Word n-gram hashes ("shingles", Broder 1997). n = 5 as in passim: long enough that two unrelated
/// articles rarely share one ("the Syrian Arab Army said" is the worst case and is filtered as frequent),
/// short enough that a light edit every dozen words still leaves matches between the edits.
/// </summary>
public static class Shingles
{
    public const int N = 5;

    /// <summary>The hash of the n-gram starting at each word (length = words - N + 1, or 0).</summary>
    public static ulong[] At(ReadOnlySpan<WordToken> words)
    {
        if (words.Length < N) return [];
        var grams = new ulong[words.Length - N + 1];
        for (int i = 0; i < grams.Length; i++)
        {
            ulong h = 0x84222325CBF29CE4UL;
            for (int k = 0; k < N; k++) h = Mix.Combine(h, words[i + k].Hash);
            grams[i] = h;
        }
        return grams;
    }
}
