namespace Sitrep.Analyse.Attributions;

public enum WordKind : byte { Word, Punct, Break }

/// <summary>
/// A token of the attribution reader: a word, one punctuation mark, or a paragraph break.
/// <see cref="Lower"/> is the lower-cased word with ’ read as ' ("don’t" → "don't");
/// <see cref="Quote"/> is the index of the outer quotation the token lies in (-1: none).
/// </summary>
public readonly record struct Word(int Start, int End, string Lower, WordKind Kind, bool Capitalised, int Quote)
{
    public bool IsWord => Kind == WordKind.Word;
    public bool IsBreak => Kind == WordKind.Break;
    public bool Is(string lower) => Lower == lower;
    public char Mark => Kind == WordKind.Punct ? Lower[0] : '\0';

    /// <summary>The first of <paramref name="words"/> (sorted, as the splitter gives them) ending after
    /// <paramref name="offset"/>: where a span in UTF-16 offsets begins in words.</summary>
    public static int FirstEndingAfter(Word[] words, int offset)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
