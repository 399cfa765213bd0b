namespace Sitrep.Extract.PlainText.Text;

/// <summary>Language-neutral shape of a line: words, sentence punctuation, function-word density, link share.
/// Everything here works on Latin, Cyrillic and Arabic script alike (no English-only cues).</summary>
internal sealed record LineStats(
    int Words,
    int Letters,
    int Chars,
    int StopWords,
    int CapitalisedWords,
    bool EndsSentence,
    double LinkShare)
{
    public double StopWordDensity => Words == 0 ? 0 : (double)StopWords / Words;
    public double LetterShare => Chars == 0 ? 0 : (double)Letters / Chars;

    /// <summary>Prose: long enough, made of sentences, with function words. Titles, menus, tag lists, captions
    /// without verbs and widget lines fail at least one of the three tests.</summary>
    public bool IsParagraphLike =>
        Words >= 8 && StopWordDensity >= 0.08 && LetterShare >= 0.5 && (EndsSentence || Words >= 20);

    /// <summary>A heading or headline: a handful of words, mostly letters, no sentence end.</summary>
    public bool IsHeadingLike => Words is >= 4 and <= 30 && LetterShare >= 0.6 && !EndsSentence;

    public static LineStats Of(string text)
    {
        int words = 0, letters = 0, stop = 0, caps = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) { if (char.IsLetter(text[i])) letters++; i++; }
            if (i == start) break;
            var token = text.AsSpan(start, i - start).Trim("\"'“”‘’«»„()[],.;:!?…–—-");
            if (token.IsEmpty || !ContainsLetterOrDigit(token)) continue;
            words++;
            if (char.IsUpper(token[0])) caps++;
            if (StopWordList.Contains(token)) stop++;
        }
        return new LineStats(words, letters, text.Length, stop, caps,
            EndsWithSentencePunctuation(text), Links.Share(text));
    }

    private static bool ContainsLetterOrDigit(ReadOnlySpan<char> token)
    {
        foreach (var c in token) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>Sentence end, looking through closing quotes and brackets: ‘…said.”’ ends a sentence.</summary>
    public static bool EndsWithSentencePunctuation(string text)
    {
        int i = text.Length - 1;
        while (i >= 0 && (text[i] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '“' || char.IsWhiteSpace(text[i]))) i--;
        return i >= 0 && text[i] is '.' or '!' or '?' or '…' or '؟' or '。' or ':' or ';';
    }
}
