namespace Sitrep.Link;

/// <summary>
/// MinHash signatures and LSH band keys over a document's set of shingles (Broder 1997; Leskovec,
/// Rajaraman, Ullman, Mining of Massive Datasets §3.4). With b bands of r rows, a pair with Jaccard
/// similarity J becomes a candidate with probability 1 - (1 - J^r)^b. b = 24, r = 3 gives 0.96 at
/// J = 0.5 and 0.80 at J = 0.4 while two unrelated articles (J ≈ 0.01) collide once in ~40,000 pairs;
/// syndicated copies with new chrome and a trimmed tail sit at J ≈ 0.5-0.9. Pairs LSH misses with a low
/// J (heavily trimmed copies) are still found through the shared-passage anchors and judged by alignment.
/// </summary>
public static class MinHash
{
    public const int Bands = 24;
    public const int Rows = 3;
    public const int Size = Bands * Rows;

    private static readonly ulong[] Seeds = MakeSeeds();

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        ulong s = 0x5EED5EED5EED5EEDUL;
        for (int i = 0; i < Size; i++) seeds[i] = s = Mix.Finalize(s + 0x9E3779B97F4A7C15UL);
        return seeds;
    }

    public static ulong[] Signature(IReadOnlyCollection<ulong> shingles)
    {
        var sig = new ulong[Size];
        Array.Fill(sig, ulong.MaxValue);
        foreach (var s in shingles)
        {
            for (int i = 0; i < Size; i++)
            {
                ulong v = Mix.Finalize(s ^ Seeds[i]);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    /// <summary>The estimated Jaccard similarity: the fraction of positions where two signatures agree.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        int same = 0;
        for (int i = 0; i < Size; i++) if (a[i] == b[i]) same++;
        return same / (double)Size;
    }

    /// <summary>One key per band (the band number is mixed in, so equal rows in different bands never collide).</summary>
    public static long[] BandKeys(ulong[] signature)
    {
        var keys = new long[Bands];
        for (int band = 0; band < Bands; band++)
        {
            ulong h = (ulong)band + 1;
            for (int r = 0; r < Rows; r++) h = Mix.Combine(h, signature[band * Rows + r]);
            keys[band] = (long)h;
        }
        return keys;
    }
}
