namespace Sitrep.Web.Views;

/// <summary>One run of words in a wording comparison: kept, added by the later carrier, or dropped by it.</summary>
public sealed record DiffPart(string Op, string Text);

/// <summary>
/// Word-level diff of two passages (longest common subsequence over words): how a later carrier changed the
/// wording of a claim. Passages are capped so a whole-body duplicate costs at most 400×400 cells.
/// </summary>
public static class WordDiff
{
    public const int MaxWords = 400;

    public static IReadOnlyList<DiffPart> Compare(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = Same(a[i], b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && Same(a[x], b[y])) { Add(parts, "same", b[y]); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { Add(parts, "added", b[y]); y++; }
            else { Add(parts, "removed", a[x]); x++; }
        }
        return parts;
    }

    /// <summary>True when the two passages read the same, word for word (ignoring case and punctuation).</summary>
    public static bool Identical(IReadOnlyList<DiffPart> diff) => diff.All(p => p.Op == "same");

    /// <summary>Share of the words of the shorter text found in the other (0..1), a cheap "same claim" test.</summary>
    public static double Overlap(string a, string b)
    {
        var wa = Words(a).Select(Key).ToHashSet();
        var wb = Words(b).Select(Key).ToHashSet();
        if (wa.Count == 0 || wb.Count == 0) return 0;
        return (double)wa.Intersect(wb).Count() / Math.Min(wa.Count, wb.Count);
    }

    private static string[] Words(string text) =>
        text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Take(MaxWords).ToArray();

    private static string Key(string word) => new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    private static bool Same(string a, string b) => Key(a) == Key(b);

    private static void Add(List<DiffPart> parts, string op, string word)
    {
        if (parts.Count > 0 && parts[^1].Op == op) parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + word };
        else parts.Add(new DiffPart(op, word));
    }
}
