namespace Sitrep.Link;

/// <summary>One word of a body: its UTF-16 range and a hash of its case-folded letters.</summary>
public readonly record struct WordToken(int Start, int End, ulong Hash);

/// <summary>
/// Splits a body into words for linking. Only letters and digits count, case-folded, so a copy that
/// changed quotes, dashes, spacing or capitals (syndication chrome, « » guillemets) still matches word
/// for word; offsets stay on the original text so links can point into it.
/// </summary>
public static class WordTokens
{
    public static WordToken[] Of(string text)
    {
        var tokens = new List<WordToken>(text.Length / 6 + 1);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            ulong h = 14695981039346656037UL;   // FNV-1a, 64 bit
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                char c = char.ToLowerInvariant(text[i]);
                if (char.IsLetterOrDigit(c)) { h ^= c; h *= 1099511628211UL; }
                i++;
            }
            tokens.Add(new WordToken(start, i, Mix.Finalize(h)));
        }
        return tokens.ToArray();
    }

    // "don't", "al-Assad", "1,000": an apostrophe, hyphen or digit separator between two letters/digits stays
    // inside the word, so "1,000" is one token in both the original and a copy that wrote "1000".
    private static bool IsInnerJoiner(string text, int i)
    {
        char c = text[i];
        if (c is not ('\'' or '’' or '-' or ',' or '.')) return false;
        if (i == 0 || i + 1 >= text.Length) return false;
        if (c is ',' or '.') return char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
        return char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
    }
}

/// <summary>64-bit mixing (splitmix64's finaliser): spreads FNV hashes so their low bits can be sampled.</summary>
public static class Mix
{
    public static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Combine(ulong seed, ulong value) => Finalize(seed * 0x9E3779B97F4A7C15UL + value);
}
