using System.Text;

namespace Sitrep.Extract.PlainText.Text;

/// <summary>Folds a line to the form lexicon entries and template hashes are written in, so "Leave a Reply",
/// "LEAVE A REPLY:" and "Leave  a reply" are one key.</summary>
internal static class LineNormalizer
{
    public static string Normalize(string line)
    {
        var sb = new StringBuilder(line.Length);
        bool space = false;
        foreach (var ch in line)
        {
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(ch));
        }
        int end = sb.Length;
        while (end > 0 && IsTrailingPunctuation(sb[end - 1])) end--;
        while (end > 0 && sb[end - 1] == ' ') end--;
        return sb.ToString(0, end);
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

    private static bool IsTrailingPunctuation(char c) => c is '.' or ':' or '!' or '?' or '…' or ',' or ';' or '؟' or '-' or '–' or '—' or '|' or '»' or '>';
}
