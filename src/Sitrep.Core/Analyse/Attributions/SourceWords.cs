using System.Collections.Frozen;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Attributions;

/// <summary>The word classes of data/attribution-sources.txt that type and resolve a source phrase.</summary>
public sealed class SourceWords
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _classes;

    public SourceWords(IEnumerable<string> lines)
    {
        var classes = new Dictionary<string, FrozenSet<string>>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) throw new FormatException($"attribution-sources.txt: expected class and words: {line}");
            classes[cols[0]] = cols[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet();
        }
        _classes = classes.ToFrozenDictionary();
    }

    private static readonly Lazy<SourceWords> Shared = new(() =>
    {
        using var r = KnowledgeFiles.Embedded("attribution-sources.txt");
        var lines = new List<string>();
        while (r.ReadLine() is { } line) lines.Add(line);
        return new SourceWords(lines);
    });

    public static SourceWords Default => Shared.Value;

    public bool Is(string cls, string lower) => _classes.TryGetValue(cls, out var set) && set.Contains(lower);

    /// <summary>True when any of the words, or any two-word run of them, is in the class ("white house").</summary>
    public bool AnyIn(string cls, IReadOnlyList<string> lowerWords)
    {
        if (!_classes.TryGetValue(cls, out var set)) return false;
        for (var k = 0; k < lowerWords.Count; k++)
        {
            if (set.Contains(lowerWords[k])) return true;
            if (k + 1 < lowerWords.Count && set.Contains(lowerWords[k] + " " + lowerWords[k + 1])) return true;
            if (k + 2 < lowerWords.Count && set.Contains(lowerWords[k] + " " + lowerWords[k + 1] + " " + lowerWords[k + 2])) return true;
        }
        return false;
    }
}
