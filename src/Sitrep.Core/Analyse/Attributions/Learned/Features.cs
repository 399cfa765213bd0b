namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>A reusable buffer of hashed feature indexes for one example (one token, one content choice).</summary>
public sealed class Features(int bits, int capacity = 96)
{
    private readonly int[] _indexes = new int[capacity];

    public int Bits { get; } = bits;
    public int Count { get; private set; }
    public ReadOnlySpan<int> Indexes => _indexes.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void AddIndex(int index)
    {
        if (Count < _indexes.Length) _indexes[Count++] = index;
    }

    public void Add(int template) => AddIndex(FeatureHash.Of(template, Bits));
    public void Add(int template, ReadOnlySpan<char> a) => AddIndex(FeatureHash.Of(template, a, Bits));
    public void Add(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => AddIndex(FeatureHash.Of(template, a, b, Bits));
    public void Add(int template, ReadOnlySpan<char> a, int value) => AddIndex(FeatureHash.Of(template, a, value, Bits));
    public void Add(int template, int value) => AddIndex(FeatureHash.Of(template, value, Bits));

    public float Score(ReadOnlySpan<float> weights)
    {
        var sum = 0f;
        foreach (var i in Indexes) sum += weights[i];
        return sum;
    }
}
