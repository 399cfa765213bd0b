namespace Sitrep.Output;

/// <summary>
/// Converts UTF-16 indices (what .NET strings use) to Unicode code point indices (what the contract
/// and Python's str slicing use). Free for texts without surrogate pairs, the common case.
/// </summary>
public sealed class CodePointIndex
{
    // surrogatePairsBefore[k] = number of complete surrogate pairs whose low half sits before the k-th pair start;
    // stored sparsely as the UTF-16 positions of each pair's high surrogate.
    private readonly int[] _pairStarts;

    public CodePointIndex(string text)
    {
        List<int>? starts = null;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                (starts ??= []).Add(i);
                i++;
            }
        }
        _pairStarts = starts?.ToArray() ?? [];
    }

    /// <summary>Code point index of UTF-16 index <paramref name="utf16Index"/>.</summary>
    public int ToCodePoints(int utf16Index)
    {
        if (_pairStarts.Length == 0) return utf16Index;
        // Every pair that starts strictly before the index and ends at or before it removes one unit.
        int lo = 0, hi = _pairStarts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_pairStarts[mid] + 1 < utf16Index) lo = mid + 1; else hi = mid;
        }
        return utf16Index - lo;
    }

    /// <summary>UTF-16 index of code point index <paramref name="codePointIndex"/>.</summary>
    public int ToUtf16(int codePointIndex)
    {
        int extra = 0;
        foreach (var start in _pairStarts)
        {
            if (start - extra < codePointIndex) extra++; else break;
        }
        return codePointIndex + extra;
    }
}
