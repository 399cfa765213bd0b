namespace Sitrep.Link;

/// <summary>
/// The sampled shingles a document is indexed under for passage reuse: those whose hash is 0 modulo
/// <see cref="Modulus"/> (Broder's mod-p sampling). Sampling by value, not position, means two documents
/// sharing a passage sample the same shingles inside it: a 40-word passage has 36 shingles, so on
/// average 4.5 shared anchors and a 1% chance of none; an 80-word passage practically never goes unseen.
/// The index then holds ~1/8 of the shingles, which keeps it small enough for a million documents.
/// </summary>
public static class Anchors
{
    public const int Modulus = 8;

    public static long[] Of(ulong[] shingles)
    {
        var set = new HashSet<long>();
        foreach (var s in shingles)
            if (Mix.Finalize(s) % Modulus == 0) set.Add((long)s);
        return set.ToArray();
    }
}
