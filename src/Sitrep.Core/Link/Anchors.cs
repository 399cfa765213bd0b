namespace Sitrep.Link;

/// <summary>
/// The sampled shingles a document is indexed under for passage reuse: those whose hash is 0 modulo
/// <see cref="Modulus"/> (Broder's mod-p sampling). Sampling by value, not position, means two documents
/// sharing a passage sample the same shingles inside it. A candidate needs <see cref="MinShared"/> shared
/// anchors (one shared stock phrase is not reuse, and aligning every such pair costs most of the time):
/// a 40-word passage has 36 shingles, on average 7.2 anchors, and a 0.6% chance of fewer than two; an
/// 80-word passage practically never goes unseen. The index holds ~1/5 of the shingles.
/// </summary>
public static class Anchors
{
    public const int Modulus = 5;
    public const int MinShared = 2;

    public static long[] Of(ulong[] shingles)
    {
        var set = new HashSet<long>();
        foreach (var s in shingles)
            if (Mix.Finalize(s) % Modulus == 0) set.Add((long)s);
        return set.ToArray();
    }
}
