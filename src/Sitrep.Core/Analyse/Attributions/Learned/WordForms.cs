namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>Cheap views of a token for features: a stem that folds inflections ("warns", "warned", "warning" → "warn"),
/// and a class for tokens outside the sentence or that are punctuation.</summary>
public static class WordForms
{
    /// <summary>A crude English stem (no allocation): enough to share evidence between the forms of one reporting verb.</summary>
    public static ReadOnlySpan<char> Stem(string lower)
    {
        var s = lower.AsSpan();
        if (s.EndsWith("'s")) s = s[..^2];
        if (s.Length > 5 && s.EndsWith("ing")) return s[..^3];
        if (s.Length > 4 && s.EndsWith("ied")) return s[..^3];
        if (s.Length > 4 && s.EndsWith("ed")) return s[..^2];
        if (s.Length > 4 && s.EndsWith("es") && !s.EndsWith("ses")) return s[..^2];
        if (s.Length > 3 && s[^1] == 's' && s[^2] != 's') return s[..^1];
        if (s.Length > 4 && s[^1] == 'e') return s[..^1];
        return s;
    }

    public static ReadOnlySpan<char> Suffix(string lower, int n) => lower.Length <= n ? lower : lower.AsSpan(lower.Length - n);

    /// <summary>The token at <paramref name="k"/> as a neighbour: its lower-cased text, or a boundary marker.</summary>
    public static string At(Word[] w, int k, Unit unit) =>
        k < unit.First ? "<s>" : k >= unit.End ? "</s>" : w[k].IsBreak ? "<p>" : w[k].Lower;

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '\'';

    public static int Bucket(int n) => n switch { <= 0 => 0, 1 => 1, 2 => 2, <= 4 => 3, <= 8 => 4, <= 16 => 5, <= 32 => 6, _ => 7 };
}
