using Sitrep.Knowledge;

namespace Sitrep.Analyse.Events;

/// <summary>data/event-figures.tsv: the class of a counted noun (person, object, place, participants, money) and of the
/// words that say what happened to it (killed, wounded, lost, destroyed, captured, displaced, joined).</summary>
public sealed class FigureLexicon
{
    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Class)> _prefixes = [];

    public FigureLexicon(IEnumerable<(string Word, string Class)> rows)
    {
        foreach (var (word, cls) in rows)
            if (word.EndsWith('*')) _prefixes.Add((word[..^1], cls));
            else _exact.TryAdd(word, cls);
    }

    /// <summary>The class of a lower-case word, or null.</summary>
    public string? ClassOf(string lower)
    {
        if (_exact.TryGetValue(lower, out var c)) return c;
        foreach (var (prefix, cls) in _prefixes) if (lower.StartsWith(prefix, StringComparison.Ordinal)) return cls;
        return null;
    }

    public static bool IsNoun(string? cls) => cls is "person" or "object" or "place" or "participants";

    private static readonly Lazy<FigureLexicon> Embedded = new(() => Parse(KnowledgeFiles.Embedded("event-figures.tsv")));
    public static FigureLexicon Default => Embedded.Value;

    public static FigureLexicon Parse(TextReader reader)
    {
        var rows = new List<(string, string)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length >= 2) rows.Add((c[0].Trim(), c[1].Trim()));
        }
        return new FigureLexicon(rows);
    }
}
