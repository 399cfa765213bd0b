using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Text;

/// <summary>Language-neutral shape of a line: words, sentence punctuation, function-word density, link share.
/// Everything here works on Latin, Cyrillic and Arabic script alike (no English-only cues).</summary>
internal sealed partial record LineStats(
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
            // A token runs to the next space; its word is the stretch from its first to its last letter or
            // digit, which strips quotes, brackets and punctuation around it ("(IS," → "IS").
            int first = -1, last = -1;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                char c = text[i];
                bool letter = char.IsLetter(c);
                if (letter) letters++;
                if (letter || char.IsDigit(c)) { if (first < 0) first = i; last = i; }
                i++;
            }
            if (first < 0) continue;
            words++;
            if (char.IsUpper(text[first])) caps++;
            if (StopWordList.Contains(text.AsSpan(first, last - first + 1))) stop++;
        }
        return new LineStats(words, letters, text.Length, stop, caps,
            EndsWithSentencePunctuation(text), Links.Share(text));
    }

    /// <summary>Sentence end, looking through closing quotes and brackets: ‘…said.”’ ends a sentence.</summary>
    public static bool EndsWithSentencePunctuation(string text)
    {
        var credit = AgencyCredit().Match(text);
        int i = (credit.Success ? credit.Index : text.Length) - 1;
        while (i >= 0 && (text[i] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '“' || char.IsWhiteSpace(text[i]))) i--;
        return i >= 0 && text[i] is '.' or '!' or '?' or '…' or '؟' or '。' or ':' or ';';
    }

    /// <summary>A wire-agency tag after the last sentence ("...the blast. --Reuters", "...2011.-AFP", "... (AP)"):
    /// the sentence still ends before it.</summary>
    [GeneratedRegex(@"(?<=[.!?”""])\s*(--?|–|—|\()\s*(Reuters|AFP|AP|TASS|Sputnik|RIA|Xinhua|SANA|IRNA|dpa|ANSA|EFE|Anadolu|ТАСС|РИА)\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyCredit();
}
