using Sitrep.Store;

namespace Sitrep.Link;

/// <summary>
/// Links one new document against the store: candidates from the LSH band index (near-duplicates) and
/// the anchor index (shared passages), each candidate aligned (<see cref="PassageAligner"/>), then either
/// one <c>duplicate</c> link or one <c>reuse</c> link per aligned passage. Cost is a fixed number of
/// index look-ups plus the alignment of a few candidates, independent of how many documents are stored.
/// </summary>
public sealed class DocumentLinker(ILinkIndex index)
{
    /// <summary>An anchor in more documents than this is boilerplate, not evidence of reuse.</summary>
    public const int MaxPosting = 64;
    /// <summary>Most candidates aligned per document (the ones sharing the most anchors first).</summary>
    public const int MaxCandidates = 24;
    /// <summary>Duplicates linked per new document: a copy joins its text family through its closest few
    /// relatives (trace follows links transitively), so a flood of one wire story costs no more than one copy.</summary>
    public const int MaxDuplicates = 3;
    /// <summary>Documents read per LSH band: the most recent, enough to find the closest relatives.</summary>
    public const int MaxPerBand = 8;

    public IReadOnlyList<DocumentLink> Link(LinkText doc, long key) => Link(doc, MinHash.BandKeys(MinHash.Signature(doc.ShingleSet)), Anchors.Of(doc.Shingles), key);

    /// <summary>Links a document whose band keys and anchors were computed beforehand (off the writer thread).</summary>
    public IReadOnlyList<DocumentLink> Link(LinkText doc, long[] bands, long[] anchors, long key)
    {
        var links = new List<DocumentLink>();
        if (doc.Shingles.Length > 0)
        {
            foreach (var candidate in Candidates(bands, anchors, key))
            {
                var other = index.Load(candidate);
                if (other is null || other.Id == doc.Id) continue;
                links.AddRange(Judge(other, doc));
                if (links.Count(l => l.Kind == "duplicate") >= MaxDuplicates) break;
            }
            foreach (var l in links) index.AddLink(l);
        }
        index.File(key, doc, bands, anchors);
        return links;
    }

    private IEnumerable<long> Candidates(long[] bands, long[] anchors, long self)
    {
        var score = new Dictionary<long, int>();
        foreach (var d in index.BandMatches(bands, MaxPerBand)) if (d != self) score[d] = score.GetValueOrDefault(d) + 1000;
        foreach (var d in index.AnchorMatches(anchors, MaxPosting)) if (d != self) score[d] = score.GetValueOrDefault(d) + 1;
        return score.Where(kv => kv.Value >= Anchors.MinShared).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(MaxCandidates).Select(kv => kv.Key);
    }

    /// <summary>The links between a stored document and a new one, earlier document first.</summary>
    public static IEnumerable<DocumentLink> Judge(LinkText stored, LinkText fresh)
    {
        // Both texts are at hand, so the exact Jaccard replaces the MinHash estimate (LSH only finds candidates).
        double jaccard = Jaccard(stored.ShingleSet, fresh.ShingleSet);
        // a = the earlier publication; same day or unknown dates: the one stored first.
        bool storedFirst = stored.PublishedBefore(fresh) ?? true;
        var (a, b) = storedFirst ? (stored, fresh) : (fresh, stored);
        var passages = PassageAligner.Align(a.Shingles, b.Shingles);
        if (passages.Count == 0 && jaccard < DuplicateRule.MinJaccard) yield break;

        if (DuplicateRule.IsDuplicate(a, b, passages, jaccard, out double score))
        {
            yield return new DocumentLink("duplicate", a.Id, b.Id, 0, a.CodePoint(a.Body.Length), 0, b.CodePoint(b.Body.Length), score);
            yield break;
        }
        foreach (var p in passages)
        {
            var sa = a.Span(p.AStart, p.AEnd);
            var sb = b.Span(p.BStart, p.BEnd);
            yield return new DocumentLink("reuse", a.Id, b.Id,
                a.CodePoint(sa.Start), a.CodePoint(sa.End), b.CodePoint(sb.Start), b.CodePoint(sb.End), p.Score);
        }
    }

    /// <summary>Jaccard similarity of two sorted sets without duplicates (<see cref="LinkText.ShingleSet"/>).</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared / (double)(a.Length + b.Length - shared);
    }
}
