namespace Sitrep.Link;

/// <summary>One change between two wordings: words of the earlier text replaced by words of the later.</summary>
public sealed record WordingChange(string Removed, string Added);

/// <summary>
/// Word-level differences between the earliest wording and a later one (longest common subsequence over
/// whitespace-separated words, as <c>diff --word-diff</c> shows them): "ISIS" → "Daesh", "80" → "more than 100".
/// </summary>
public static class WordingChanges
{
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<WordingChange>? Between(string earlier, string later)
    {
        var a = earlier.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var b = later.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if ((long)a.Length * b.Length > MaxCells) return null;   // too long to compare word by word
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = Same(a[i], b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var changes = new List<WordingChange>();
        var removed = new List<string>();
        var added = new List<string>();
        int x = 0, y = 0;
        void Flush()
        {
            if (removed.Count + added.Count > 0) changes.Add(new WordingChange(string.Join(' ', removed), string.Join(' ', added)));
            removed.Clear();
            added.Clear();
        }
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && Same(a[x], b[y])) { Flush(); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) added.Add(b[y++]);
            else removed.Add(a[x++]);
        }
        Flush();
        return changes;
    }

    // Punctuation and case around a word are not a change of wording.
    private static bool Same(string a, string b) => string.Equals(a.Trim(Punct), b.Trim(Punct), StringComparison.OrdinalIgnoreCase);

    private static readonly char[] Punct = ".,;:!?\"'“”‘’«»()[]".ToCharArray();
}
