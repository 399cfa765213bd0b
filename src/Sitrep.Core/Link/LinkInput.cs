using Sitrep.Documents;

namespace Sitrep.Link;

/// <summary>
/// Everything linking computes from one document alone: its words and shingles, MinHash band keys,
/// passage anchors, story features and claims (with their content words). None of it depends on the
/// store, so ingest computes it on the parallel workers beside analysis; the single writer thread is
/// left with the ordered part (look-ups against what is stored, decisions, SQL writes). A profile of
/// 5,000 FA-KES documents had the writer thread bind the whole ingest with linking, most of it spent
/// re-tokenising text it could have been handed.
/// </summary>
public sealed class LinkInput
{
    public required LinkText Text { get; init; }
    public required long[] Bands { get; init; }
    public required long[] Anchors { get; init; }
    public required Dictionary<string, double> StoryFeatures { get; init; }
    public required IReadOnlyList<PreparedClaim> Claims { get; init; }

    public static LinkInput Of(Document d)
    {
        var text = LinkText.Of(d);
        return new LinkInput
        {
            Text = text,
            Bands = MinHash.BandKeys(MinHash.Signature(text.ShingleSet)),
            Anchors = Link.Anchors.Of(text.Shingles),
            StoryFeatures = Link.StoryFeatures.Of(d),
            Claims = ClaimExtractor.Of(d).Select(c => new PreparedClaim(c, c.Kind == "figure" ? [] : ClaimClusterer.ContentWords(c.Text))).ToList(),
        };
    }

    /// <summary>The input, or null when the document defeats it: the writer then tries again and records
    /// the failure as the document's error record (bad input never stops ingest).</summary>
    public static LinkInput? TryOf(Document d)
    {
        try { return Of(d); }
        catch (Exception ex) when (ex is not OutOfMemoryException) { return null; }
    }
}

/// <summary>A claim with the hashes of its content words (sorted, distinct; empty for figures).</summary>
public sealed record PreparedClaim(Claim Claim, ulong[] Words);
