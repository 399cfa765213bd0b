namespace Sitrep.Analyse.Places;

/// <summary>
/// The word right beside a name in the body, one space apart: what the phrase cues of the place rules read
/// ("against Louisville", "Paris firefighters", "his brother Tyler").
/// </summary>
internal static class BodyWords
{
    /// <summary>The word ending one space before <paramref name="start"/> (letters, and dots too when
    /// <paramref name="keepDots"/>: "vs."), or null; <paramref name="wordStart"/> is where it begins.</summary>
    public static string? Before(string body, int start, out int wordStart, bool keepDots = false)
    {
        wordStart = start;
        if (start < 2 || body[start - 1] != ' ') return null;
        var end = start - 1;
        var j = end;
        while (j > 0 && (char.IsLetter(body[j - 1]) || keepDots && body[j - 1] == '.')) j--;
        wordStart = j;
        return j < end ? body[j..end] : null;
    }

    /// <inheritdoc cref="Before(string, int, out int, bool)"/>
    public static string? Before(string body, int start, bool keepDots = false) => Before(body, start, out _, keepDots);

    /// <summary>The word (letters) starting one space after <paramref name="end"/>, or null.</summary>
    public static string? After(string body, int end)
    {
        if (end >= body.Length || body[end] != ' ') return null;
        var from = end + 1;
        var i = from;
        while (i < body.Length && char.IsLetter(body[i])) i++;
        return i > from ? body[from..i] : null;
    }
}
