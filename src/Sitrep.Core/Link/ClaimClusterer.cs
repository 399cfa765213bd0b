namespace Sitrep.Link;

/// <summary>
/// Puts each new claim in the cluster of the stored claim that states the same thing, or in a new one.
/// Attributions: same speaker and overlapping content (content-word Jaccard ≥ <see cref="MinContentOverlap"/>,
/// so a paraphrase with the key words counts, a different statement by the same minister does not).
/// Figures: same key, i.e. the same kind of figure for the same event type, place and day; whether the
/// numbers agree is read off the cluster (<see cref="FigureAgreement"/>), since disagreement is the news.
/// </summary>
public sealed class ClaimClusterer(IClaimIndex index)
{
    public const double MinContentOverlap = 0.3;
    /// <summary>The speaker's first claims compared with a new one. 200 made claims most of the linking
    /// cost on a corpus full of copies (15 of 29 s for 5,000 FA-KES documents: each candidate read and tokenised);
    /// a statement repeated across outlets meets its first carriers, and a later one still clusters through them.</summary>
    public const int CandidatesPerKey = 40;

    public IReadOnlyList<Claim> Add(IEnumerable<Claim> claims) =>
        Add(claims.Select(c => new PreparedClaim(c, c.Kind == "figure" ? [] : ContentWords(c.Text))).ToList());

    public IReadOnlyList<Claim> Add(IReadOnlyList<PreparedClaim> claims)
    {
        var added = new List<Claim>();
        foreach (var (claim, words) in claims)
        {
            string cluster = claim.Cluster;
            if (claim.Kind == "figure")
            {
                // The key's first claim, unless it is this document's own.
                var first = index.WithKey(claim.Key, 1);
                if (first.Count > 0 && first[0].Document != claim.Document) cluster = first[0].Cluster;
            }
            else
            {
                double best = 0;
                foreach (var c in index.WithKey(claim.Key, CandidatesPerKey))
                {
                    if (c.Document == claim.Document) continue;
                    double overlap = DocumentLinker.Jaccard(words, c.Words);
                    if (overlap >= MinContentOverlap && overlap > best) (best, cluster) = (overlap, c.Cluster);
                }
            }
            var stored = claim with { Cluster = cluster };
            index.Add(stored, words);
            added.Add(stored);
        }
        return added;
    }

    /// <summary>Hashes of the lower-cased words of three letters or more, sorted and distinct (a set that
    /// compares by one merge; 64-bit hashes of words practically never collide).</summary>
    public static ulong[] ContentWords(string text)
    {
        var list = new List<ulong>();
        foreach (var w in WordTokens.Of(text))
        {
            if (w.End - w.Start < 3) continue;
            ulong h = 14695981039346656037UL;
            for (int i = w.Start; i < w.End; i++) { h ^= char.ToLowerInvariant(text[i]); h *= 1099511628211UL; }
            list.Add(Mix.Finalize(h));
        }
        list.Sort();
        int n = 0;
        for (int i = 0; i < list.Count; i++)
            if (n == 0 || list[i] != list[n - 1]) list[n++] = list[i];
        return list.GetRange(0, n).ToArray();
    }
}

/// <summary>Whether the figures of one cluster agree: within 10% of each other (reports round), else they disagree.</summary>
public static class FigureAgreement
{
    public const double Tolerance = 0.10;

    public static bool Agree(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    public static bool Disagree(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count > 1 && !Agree(list.Min(), list.Max());
    }
}
