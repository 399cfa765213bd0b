namespace Sitrep.Link;

/// <summary>
/// When two documents are the same article. Either their shingle sets are mostly the same (
/// Jaccard ≥ <see cref="MinJaccard"/>), or alignment shows that almost all of the shorter one is in the
/// longer one and the longer one is mostly that: a syndicated copy whose tail was trimmed and whose new
/// chrome (a different headline line, "Read more", a newsletter prompt) lowers Jaccard. A short article
/// quoting one statement from a long one covers little of the long one, so it stays a reuse.
/// </summary>
public static class DuplicateRule
{
    public const double MinJaccard = 0.5;
    public const double MinShorterCoverage = 0.7;
    public const double MinLongerCoverage = 0.45;

    public static bool IsDuplicate(LinkText a, LinkText b, IReadOnlyList<AlignedPassage> passages, double jaccard, out double score)
    {
        double coverA = PassageAligner.Coverage(passages, a.Words.Length, sideA: true);
        double coverB = PassageAligner.Coverage(passages, b.Words.Length, sideA: false);
        double shorter = a.Words.Length <= b.Words.Length ? coverA : coverB;
        double longer = a.Words.Length <= b.Words.Length ? coverB : coverA;
        score = Math.Max(jaccard, Math.Min(shorter, longer));
        if (jaccard >= MinJaccard) return true;
        return shorter >= MinShorterCoverage && longer >= MinLongerCoverage;
    }
}
