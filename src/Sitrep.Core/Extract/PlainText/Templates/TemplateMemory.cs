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
/// count it twice. State: a ConcurrentDictionary from (outlet, line hash) to a tiny set of document ids
/// capped at <see cref="Cap"/> entries, each guarded by its own lock: memory stays bounded per line and
/// threads only contend on the same line of the same outlet.
/// </summary>
public sealed class TemplateMemory(int minDocuments = 2)
{
    /// <summary>Documents of one outlet a line must appear in to count as template.</summary>
    public int MinDocuments { get; } = Math.Max(2, minDocuments);
    /// <summary>We never need to count further than this.</summary>
    private int Cap => MinDocuments + 2;

    private readonly ConcurrentDictionary<(string Outlet, ulong Line), DocumentSet> seen = new();

    /// <summary>Records the lines of one document (pre-pass API). Safe to call from many threads.</summary>
    /// <param name="lines">The page's lines (blank ones are ignored).</param>
    /// <param name="outletKey">See <see cref="OutletKey"/>; null means "unknown outlet" and nothing is learnt.</param>
    /// <param name="documentId">Stable id of the document, so observing it twice counts once.</param>
    public void Observe(IEnumerable<string> lines, string? outletKey, string documentId)
    {
        if (outletKey is null) return;
        var doc = Hash(documentId);
        var unique = new HashSet<ulong>();
        foreach (var line in lines)
        {
            var key = Key(line);
            if (key.Length == 0 || !unique.Add(Hash(key))) continue;
            seen.GetOrAdd((outletKey, Hash(key)), _ => new DocumentSet()).Add(doc, Cap);
        }
    }

    /// <summary>In how many documents of the outlet the line was seen (capped).</summary>
    public int DocumentCount(string line, string? outletKey)
    {
        if (outletKey is null) return 0;
        var key = Key(line);
        return key.Length > 0 && seen.TryGetValue((outletKey, Hash(key)), out var set) ? set.Count : 0;
    }

    public bool IsTemplate(string line, string? outletKey) => DocumentCount(line, outletKey) >= MinDocuments;

    private static string Key(string line) => LineNormalizer.Shape(LineNormalizer.Normalize(line));

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
