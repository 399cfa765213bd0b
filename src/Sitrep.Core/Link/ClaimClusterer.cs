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
    /// <summary>The speaker's most recent claims compared with a new one. 200 made claims most of the linking
    /// cost on a corpus full of copies (15 of 29 s for 5,000 FA-KES documents: each candidate read and tokenised);
    /// a repeated claim is usually repeated soon, and an older one still clusters through the recent copies.</summary>
    private const int CandidatesPerKey = 40;

    public IReadOnlyList<Claim> Add(IEnumerable<Claim> claims)
    {
        var added = new List<Claim>();
        foreach (var claim in claims)
        {
            string cluster = claim.Cluster;
            if (claim.Kind == "figure")
            {
                var same = index.WithKey(claim.Key, 1).FirstOrDefault(c => c.Document != claim.Document);
                if (same is not null) cluster = same.Cluster;
            }
            else
            {
                var words = ContentWords(claim.Text);
                double best = 0;
                foreach (var c in index.WithKey(claim.Key, CandidatesPerKey))
                {
                    if (c.Document == claim.Document) continue;
                    double overlap = Jaccard(words, ContentWords(c.Text));
                    if (overlap >= MinContentOverlap && overlap > best) (best, cluster) = (overlap, c.Cluster);
                }
            }
            var stored = claim with { Cluster = cluster };
            index.Add(stored);
            added.Add(stored);
        }
        return added;
    }

    public static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in WordTokens.Of(text))
            if (w.End - w.Start >= 3) set.Add(text[w.Start..w.End].ToLowerInvariant());
        return set;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
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
