namespace Sitrep.Link;

/// <summary>An aligned passage: word ranges [start, end) in two documents and how many shingles matched.</summary>
public readonly record struct AlignedPassage(int AStart, int AEnd, int BStart, int BEnd, int Matches)
{
    public int Words => Math.Min(AEnd - AStart, BEnd - BStart);
    /// <summary>Share of the passage's shingles that matched exactly: 1.0 verbatim, lower with edits.</summary>
    public double Score => Math.Min(1.0, Matches / (double)Math.Max(1, Math.Max(AEnd - AStart, BEnd - BStart) - Shingles.N + 1));
}

/// <summary>
/// Local alignment of two documents in the manner of passim (Smith, Cordell, Dillon 2013): exact shingle
/// matches are the seeds; seeds that keep near the same diagonal, with gaps of at most <see cref="MaxGap"/>
/// words, chain into one passage, which carries the passage across light edits (a changed name, a
/// dropped clause, "Daesh" for "ISIS") without aligning character by character.
/// </summary>
public static class PassageAligner
{
    /// <summary>Largest gap between consecutive seeds in either document: one edited word kills N shingles,
    /// a rewritten clause a few more; a longer gap is a different passage.</summary>
    public const int MaxGap = 16;
    /// <summary>How far the two gaps may differ (words inserted on one side only).</summary>
    public const int MaxSkew = 10;
    /// <summary>Shortest passage reported: below this, shared stock phrases ("the Syrian Observatory for
    /// Human Rights said on Sunday") would pass for reuse.</summary>
    public const int MinWords = 20;
    /// <summary>Seeds that recur more than this in either document (lists, repeated slogans) do not anchor.</summary>
    private const int MaxRepeats = 2;

    public static List<AlignedPassage> Align(ulong[] a, ulong[] b)
    {
        var passages = new List<AlignedPassage>();
        if (a.Length == 0 || b.Length == 0) return passages;

        var inA = new Dictionary<ulong, (int Count, int First)>(a.Length);
        for (int i = 0; i < a.Length; i++)
            inA[a[i]] = inA.TryGetValue(a[i], out var e) ? (e.Count + 1, e.First) : (1, i);
        var inB = new Dictionary<ulong, int>(b.Length);
        foreach (var g in b) inB[g] = inB.GetValueOrDefault(g) + 1;

        // Seeds in b's order; grams repeated inside a document are skipped (ambiguous anchors).
        var chains = new List<Chain>();
        for (int j = 0; j < b.Length; j++)
        {
            if (!inA.TryGetValue(b[j], out var hit) || hit.Count > MaxRepeats || inB[b[j]] > MaxRepeats) continue;
            int i = hit.Count == 1 ? hit.First : Array.IndexOf(a, b[j], hit.First);
            Chain? best = null;
            foreach (var c in chains)
            {
                int di = i - c.LastA, dj = j - c.LastB;
                if (di <= 0 || dj <= 0 || di > MaxGap + Shingles.N || dj > MaxGap + Shingles.N || Math.Abs(di - dj) > MaxSkew) continue;
                if (best is null || c.LastB > best.LastB) best = c;
            }
            if (best is null) chains.Add(new Chain(i, j));
            else best.Extend(i, j);
        }
        foreach (var c in chains)
        {
            var p = new AlignedPassage(c.FirstA, c.LastA + Shingles.N, c.FirstB, c.LastB + Shingles.N, c.Matches);
            if (p.Words >= MinWords && p.Score >= 0.3) passages.Add(p);
        }
        passages.Sort((x, y) => x.BStart.CompareTo(y.BStart));
        return passages;
    }

    /// <summary>Share of a document's words inside any of the passages (on side a or b).</summary>
    public static double Coverage(IEnumerable<AlignedPassage> passages, int words, bool sideA)
    {
        if (words == 0) return 0;
        var covered = new bool[words];
        foreach (var p in passages)
        {
            int s = sideA ? p.AStart : p.BStart, e = Math.Min(words, sideA ? p.AEnd : p.BEnd);
            for (int k = s; k < e; k++) covered[k] = true;
        }
        return covered.Count(x => x) / (double)words;
    }

    private sealed class Chain(int a, int b)
    {
        public int FirstA = a, FirstB = b, LastA = a, LastB = b, Matches = 1;
        public void Extend(int a, int b) { LastA = a; LastB = b; Matches++; }
    }
}
