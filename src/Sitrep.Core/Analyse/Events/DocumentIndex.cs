using Sitrep.Documents;

namespace Sitrep.Analyse.Events;

/// <summary>A document's entities and places sorted by offset, so each sentence finds its own by binary search
/// instead of scanning the whole document once per event.</summary>
public sealed class DocumentIndex
{
    public EntityMention[] Entities { get; }
    public PlaceMention[] Places { get; }
    private readonly int[] _entityStarts;
    private readonly int[] _placeStarts;

    public DocumentIndex(Document doc)
    {
        Entities = doc.Entities.OrderBy(e => e.Span.Start).ThenByDescending(e => e.Span.Length).ToArray();
        Places = doc.Places.OrderBy(p => p.Span.Start).ToArray();
        _entityStarts = Entities.Select(e => e.Span.Start).ToArray();
        _placeStarts = Places.Select(p => p.Span.Start).ToArray();
    }

    public ArraySegment<EntityMention> EntitiesIn(TextSpan span) => Slice(Entities, _entityStarts, span);
    public ArraySegment<PlaceMention> PlacesIn(TextSpan span) => Slice(Places, _placeStarts, span);

    private static ArraySegment<T> Slice<T>(T[] items, int[] starts, TextSpan span)
    {
        var lo = LowerBound(starts, span.Start);
        var hi = LowerBound(starts, span.End);
        return new ArraySegment<T>(items, lo, hi - lo);
    }

    private static int LowerBound(int[] a, int value)
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (a[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
