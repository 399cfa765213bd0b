using System.Text;

namespace Sitrep.Extract.PlainText.Text;

/// <summary>Folds a line to the form lexicon entries and template hashes are written in, so "Leave a Reply",
/// "LEAVE A REPLY:" and "Leave  a reply" are one key.</summary>
internal static class LineNormalizer
{
    public static string Normalize(string line) => Normalize(line, trimEnd: true);

    /// <param name="trimEnd">Strip trailing punctuation; lexicon prefixes keep theirs ("tags:" must not match "Tags Aleppo").</param>
    public static string Normalize(string line, bool trimEnd)
    {
        char[]? rented = null;
        Span<char> buffer = line.Length <= 512 ? stackalloc char[line.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(line.Length));
        int length = 0;
        bool space = false;
        foreach (var ch in line)
        {
            if (char.IsWhiteSpace(ch)) { space = length > 0; continue; }
            if (space) { buffer[length++] = ' '; space = false; }
            buffer[length++] = char.ToLowerInvariant(ch);
        }
        while (length > 0 && ((trimEnd && IsTrailingPunctuation(buffer[length - 1])) || buffer[length - 1] == ' ')) length--;
        var result = new string(buffer[..length]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Like <see cref="Normalize"/> with each run of digits folded to one 0: "Total votes: 2" and
    /// "Total votes: 17" share a template.</summary>
    public static string Shape(string normalized)
    {
        var sb = new StringBuilder(normalized.Length);
        for (int i = 0; i < normalized.Length; i++)
        {
            if (!char.IsDigit(normalized[i])) { sb.Append(normalized[i]); continue; }
            sb.Append('0');
            while (i + 1 < normalized.Length && char.IsDigit(normalized[i + 1])) i++;
        }
        return sb.ToString();
    }

    internal static bool IsTrailingPunctuation(char c) => c is '.' or ':' or '!' or '?' or '…' or ',' or ';' or '؟' or '-' or '–' or '—' or '|' or '»' or '>';
}
