namespace Sitrep.Analyse.Events;

/// <summary>A lower-cased word of a sentence with its body offsets. Hyphens split words ("cease-fire" → "cease", "fire";
/// "sit-in" → "sit", "in") so one lexicon phrase matches every spelling.</summary>
public readonly record struct Word(int Start, int End, string Lower)
{
    public bool IsNumber => Lower.Length > 0 && char.IsDigit(Lower[0]);
}

public static class WordSplitter
{
    /// <summary>Words of body[start..end): letter or digit runs; an apostrophe inside a word stays ("didn't");
    /// digits keep their thousands separators and decimal point ("3,000", "1.5").</summary>
    public static Word[] Split(string body, int start, int end)
    {
        var words = new List<Word>((end - start) / 5 + 1);
        var i = start;
        while (i < end)
        {
            var c = body[i];
            if (!char.IsLetterOrDigit(c)) { i++; continue; }
            var s = i;
            var digits = char.IsDigit(c);
            while (i < end)
            {
                var ch = body[i];
                if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                if (ch is '\'' or '’' && i + 1 < end && char.IsLetter(body[i + 1]) && !digits) { i++; continue; }
                if (digits && ch is ',' or '.' && i + 1 < end && char.IsDigit(body[i + 1])) { i++; continue; }
                break;
            }
            words.Add(new Word(s, i, Lower(body.AsSpan(s, i - s))));
        }
        return words.ToArray();
    }

    private static string Lower(ReadOnlySpan<char> w) => string.Create(w.Length, w, static (dst, src) =>
    {
        for (var k = 0; k < src.Length; k++) dst[k] = src[k] == '’' ? '\'' : char.ToLowerInvariant(src[k]);
    });
}
