using Sitrep.Documents;
using Sitrep.Output;

namespace Sitrep.Link;

/// <summary>What linking needs of one document: its body cut into words, their shingles, and when and
/// where it was published (to tell the earlier carrier from the later).</summary>
public sealed class LinkText
{
    public string Id { get; }
    public string Body { get; }
    public string? Published { get; }
    public string? Outlet { get; }
    public WordToken[] Words { get; }
    public ulong[] Shingles { get; }
    /// <summary>The distinct shingles, sorted: exact Jaccard by one merge, no hash sets per candidate pair.</summary>
    public ulong[] ShingleSet { get; }
    private CodePointIndex? _codePoints;

    public LinkText(string id, string body, string? published, string? outlet)
    {
        Id = id;
        Body = body;
        Published = published;
        Outlet = outlet;
        Words = WordTokens.Of(body);
        Shingles = Link.Shingles.At(Words);
        ShingleSet = SortedDistinct(Shingles);
    }

    /// <summary>The code point offset of a UTF-16 offset into <see cref="Body"/> (the index is built once per text).</summary>
    public int CodePoint(int utf16) => (_codePoints ??= new CodePointIndex(Body)).ToCodePoints(utf16);

    private static ulong[] SortedDistinct(ulong[] values)
    {
        var sorted = (ulong[])values.Clone();
        Array.Sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.Length; i++)
            if (n == 0 || sorted[i] != sorted[n - 1]) sorted[n++] = sorted[i];
        Array.Resize(ref sorted, n);
        return sorted;
    }

    public static LinkText Of(Document d) => new(d.Id, d.Body, d.Published?.Date, d.Outlet.Name ?? d.Outlet.Domain);

    /// <summary>The UTF-16 range of words [start, end).</summary>
    public TextSpan Span(int startWord, int endWord)
    {
        if (Words.Length == 0) return new TextSpan(0, 0);
        startWord = Math.Clamp(startWord, 0, Words.Length - 1);
        endWord = Math.Clamp(endWord, startWord + 1, Words.Length);
        return new TextSpan(Words[startWord].Start, Words[endWord - 1].End);
    }

    /// <summary>True when this document was published before <paramref name="other"/>; null when neither date
    /// is known or they are the same day, so the caller falls back to order of arrival. A dated document goes
    /// before an undated one: its date is the only time either can be shown to have existed (and provenance
    /// orders carriers the same way).</summary>
    public bool? PublishedBefore(LinkText other)
    {
        if (Published is null && other.Published is null) return null;
        if (other.Published is null) return true;
        if (Published is null) return false;
        int c = string.CompareOrdinal(Published, other.Published);
        // "2017-06" vs "2017-06-02": a coarser date that is a prefix of the other tells nothing.
        if (c == 0 || other.Published.StartsWith(Published, StringComparison.Ordinal) || Published.StartsWith(other.Published, StringComparison.Ordinal)) return null;
        return c < 0;
    }
}
