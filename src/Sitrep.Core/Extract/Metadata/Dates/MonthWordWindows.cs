namespace Sitrep.Extract.Metadata.Dates;

/// <summary>
/// Where the month-name date patterns of <see cref="DateExpressions"/> can match: short windows around the words
/// that are month names. Those patterns are slow to search with (each position is tried against ~190 names,
/// case-insensitively; a 30-character byline took 10-30 µs, and the bylines, &lt;time&gt; texts and datelines of
/// one page added up to a tenth of its extraction time), while finding the words is one pass over the letters
/// with a table lookup per word.
///
/// Why the matches are the same as over the whole region:
/// <list type="bullet">
/// <item>Every match's month is a whole word (the patterns require no letter before and after it) that
///   <see cref="MonthNames"/> knows, or it is dropped anyway; the two-word Arabic names start with a word kept
///   here as a possible start.</item>
/// <item>Around the month a match holds at most <see cref="DayFirst"/> non-space characters ("16th de ") and at
///   most <see cref="After"/> after it (". 16th, 2016", a second word), plus any whitespace, so the window
///   reaching that far holds it whole; overlapping windows are merged.</item>
/// <item>A window starts after a character that is neither letter nor digit (or at the region's start) and ends
///   before one (or at the region's end), so the patterns' "no digit/letter before/after" tests decide as they
///   would in the whole region.</item>
/// <item>Nothing between windows can hold a match, so searching window after window visits the matches in
///   the same order.</item>
/// </list>
/// </summary>
internal static class MonthWordWindows
{
    /// <summary>Non-space characters a day-month-year match can hold before its month: day (2), suffix (2), "de"/"of" (2), and slack.
    /// (The month-first patterns start at the month.)</summary>
    public const int DayFirst = 8;
    /// <summary>Non-space characters a match can hold after the month's first word: a second word, ".", ",", day and suffix, "de", the year; and slack.</summary>
    private const int After = 24;

    /// <summary>Windows (start, length) inside [<paramref name="start"/>, start + <paramref name="length"/>) in text order; empty when no month name occurs.</summary>
    /// <param name="before">Non-space characters a match can hold before its month (<see cref="DayFirst"/>, or 0).</param>
    public static List<(int Start, int Length)> Find(string text, int start, int length, int before)
    {
        var windows = new List<(int Start, int Length)>();
        int end = start + length;
        int i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int wordStart = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (!MonthNames.IsMonthWordStart(text.AsSpan(wordStart, i - wordStart))) continue;
            int from = Back(text, wordStart, start, before), to = Forward(text, i, end);
            if (windows.Count > 0 && from <= windows[^1].Start + windows[^1].Length)
            {
                var last = windows[^1];
                windows[^1] = (last.Start, Math.Max(last.Start + last.Length, to) - last.Start);
            }
            else windows.Add((from, to - from));
        }
        return windows;
    }

    private static int Back(string text, int i, int limit, int before)
    {
        for (int count = 0; i > limit && count < before; i--)
            if (!char.IsWhiteSpace(text[i - 1])) count++;
        while (i > limit && char.IsLetterOrDigit(text[i - 1])) i--;
        return i;
    }

    private static int Forward(string text, int i, int limit)
    {
        for (int count = 0; i < limit && count < After; i++)
            if (!char.IsWhiteSpace(text[i])) count++;
        while (i < limit && char.IsLetterOrDigit(text[i])) i++;
        return i;
    }
}
