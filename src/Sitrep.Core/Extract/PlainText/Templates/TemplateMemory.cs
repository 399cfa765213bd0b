using System.Collections.Concurrent;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Templates;

/// <summary>
/// Site templates learnt across documents: for each outlet key, in how many different documents each
/// (normalised, digit-folded) line occurs. A line met on <see cref="MinDocuments"/> or more pages of one outlet
/// is part of the site's template ("in ,", "What do you think?", the donation box), not of any one article.
///
/// Design. The pipeline extracts documents concurrently and in stream order, so when a page is extracted the
/// memory holds only the pages seen before it: the first page of an outlet learns nothing, the second one
/// already benefits. To give every page the full picture, a caller that has all inputs at hand (the CLI on a
/// directory) runs a pre-pass, <see cref="Observe"/> on every page, before extracting; observing is idempotent
/// per document (documents are identified by id), so the extractor observing the same page again does not
/// count it twice. State: a ConcurrentDictionary from a 64-bit hash of (outlet, line shape) to a tiny set of
/// document-id hashes capped at <see cref="Cap"/> entries, each guarded by its own lock: no line text is kept,
/// memory stays bounded per line, and threads only contend on the same line of the same outlet. (A 64-bit
/// collision between two different lines of one outlet is possible in principle and negligible in practice.)
/// </summary>
public sealed class TemplateMemory(int minDocuments = 2, int maxLines = TemplateMemory.DefaultMaxLines)
{
    /// <summary>
    /// (outlet, line) entries kept at most: ~100 bytes each, so ~50 MB. A long run over many outlets would
    /// otherwise grow without end; once full, lines already known keep counting and new ones are not learnt
    /// (an outlet's furniture recurs early, so the first pages of each outlet are what matters).
    /// </summary>
    public const int DefaultMaxLines = 500_000;

    private readonly int maxLines = Math.Max(1, maxLines);

    /// <summary>Entries held (for tests and diagnostics).</summary>
    public int Count => seen.Count;

    /// <summary>Documents of one outlet a line must appear in to count as template.</summary>
    public int MinDocuments { get; } = Math.Max(2, minDocuments);
    /// <summary>We never need to count further than this.</summary>
    private int Cap => MinDocuments + 2;

    /// <summary>Keyed by hash(outlet) combined with hash(line shape): no strings kept, one probe per line.</summary>
    private readonly ConcurrentDictionary<ulong, DocumentSet> seen = new();

    /// <summary>Records the lines of one document (pre-pass API). Safe to call from many threads.</summary>
    /// <param name="lines">The page's lines (blank ones are ignored).</param>
    /// <param name="outletKey">See <see cref="OutletKey"/>; null means "unknown outlet" and nothing is learnt.</param>
    /// <param name="documentId">Stable id of the document, so observing it twice counts once.</param>
    public void Observe(IEnumerable<string> lines, string? outletKey, string documentId) =>
        ObserveShapes(lines.Select(ShapeHashOfRaw), outletKey, documentId);

    internal void ObserveShapes(IEnumerable<ulong> shapeHashes, string? outletKey, string documentId)
    {
        if (outletKey is null) return;
        var doc = Hash(documentId);
        var outlet = Hash(outletKey);
        var unique = new HashSet<ulong>();
        foreach (var shape in shapeHashes)
        {
            if (shape == EmptyShape || !unique.Add(shape)) continue;
            var key = Combine(outlet, shape);
            if (seen.TryGetValue(key, out var known)) known.Add(doc, Cap);
            else if (seen.Count < maxLines) seen.GetOrAdd(key, _ => new DocumentSet()).Add(doc, Cap);
        }
    }

    /// <summary>In how many documents of the outlet the line was seen (capped).</summary>
    public int DocumentCount(string line, string? outletKey) =>
        outletKey is null ? 0 : CountShape(ShapeHashOfRaw(line), Hash(outletKey));

    internal int CountShape(ulong shape, ulong outletHash) =>
        shape != EmptyShape && seen.TryGetValue(Combine(outletHash, shape), out var set) ? set.Count : 0;

    public bool IsTemplate(string line, string? outletKey) => DocumentCount(line, outletKey) >= MinDocuments;

    private static ulong Combine(ulong outlet, ulong shape) => (outlet * 0x9E3779B97F4A7C15UL) ^ shape;

    private static readonly ulong EmptyShape = ShapeHashOfRaw("");

    /// <summary>
    /// FNV-1a hash of <see cref="LineNormalizer.Normalize"/>(<paramref name="line"/>) with each run of digits folded to
    /// one '0' ("Total votes: 2" and "Total votes: 17" share a template), computed on the raw
    /// line in one pass without allocating (every line of every page is hashed, so this is on the hot path).
    /// </summary>
    internal static ulong ShapeHashOfRaw(string line)
    {
        int end = line.Length;
        while (end > 0 && (char.IsWhiteSpace(line[end - 1]) || LineNormalizer.IsTrailingPunctuation(line[end - 1]))) end--;
        ulong h = 14695981039346656037UL;
        bool inDigits = false, space = false, started = false;
        for (int i = 0; i < end; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c)) { space = started; continue; }
            if (space) { h ^= ' '; h *= 1099511628211UL; space = false; inDigits = false; }
            started = true;
            bool digit = char.IsDigit(c);
            if (digit && inDigits) continue;
            inDigits = digit;
            h ^= digit ? '0' : char.ToLowerInvariant(c);
            h *= 1099511628211UL;
        }
        return h == 0 ? 1 : h;
    }

    /// <summary>FNV-1a, 64 bit: stable across processes (string.GetHashCode is randomised) and cheap.</summary>
    internal static ulong Hash(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    private sealed class DocumentSet
    {
        private readonly List<ulong> ids = new(2);
        public int Count { get { lock (ids) return ids.Count; } }
        public void Add(ulong id, int cap)
        {
            lock (ids) if (ids.Count < cap && !ids.Contains(id)) ids.Add(id);
        }
    }
}
