namespace Sitrep.Web.Model;

/// <summary>
/// Maps the contract's code point offsets to UTF-16 indices of a .NET string (the contract counts code
/// points so Python's body[start:end] works; C# strings count UTF-16 units, which differ past the BMP).
/// Out-of-range offsets from a hostile or stale record are clamped, never thrown on.
/// </summary>
public sealed class CodePoints
{
    private readonly int[] _utf16;   // _utf16[cp] = UTF-16 index of code point cp; last entry = text length

    public CodePoints(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        _utf16 = [.. map];
    }

    public int Count => _utf16.Length - 1;

    public int ToUtf16(int codePoint) => _utf16[Math.Clamp(codePoint, 0, _utf16.Length - 1)];

    /// <summary>The text of [start, end) in code points, clamped to the text.</summary>
    public string Slice(string text, int start, int end)
    {
        int s = ToUtf16(start), e = ToUtf16(end);
        return e > s ? text[s..e] : "";
    }
}
