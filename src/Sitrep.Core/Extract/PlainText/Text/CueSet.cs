using System.Buffers;

namespace Sitrep.Extract.PlainText.Text;

/// <summary>
/// "Does this line contain any of these phrases?", case-insensitive, fast. Every line of every page goes through
/// several such tests, so the ASCII phrases run through one vectorised <see cref="SearchValues{T}"/> and the
/// others (Cyrillic, Arabic, umlauts, ©) only on lines that contain such letters at all: an English line with
/// curly quotes never pays for the Unicode case folding.
/// </summary>
internal sealed class CueSet
{
    private readonly SearchValues<string>? ascii;
    private readonly SearchValues<string>? other;

    public CueSet(IEnumerable<string> cues)
    {
        var list = cues.Where(c => c.Length > 0).Distinct().ToList();
        var asciiCues = list.Where(c => c.All(char.IsAscii)).ToArray();
        var otherCues = list.Where(c => !c.All(char.IsAscii)).ToArray();
        if (asciiCues.Length > 0) ascii = SearchValues.Create(asciiCues, StringComparison.OrdinalIgnoreCase);
        if (otherCues.Length > 0) other = SearchValues.Create(otherCues, StringComparison.OrdinalIgnoreCase);
    }

    public bool In(string text)
    {
        var span = text.AsSpan();
        if (ascii is not null && span.ContainsAny(ascii)) return true;
        return other is not null && span.ContainsAnyInRange('\u00A9', '\u06FF') && span.ContainsAny(other);
    }
}
