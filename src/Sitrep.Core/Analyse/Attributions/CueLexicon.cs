using System.Collections.Frozen;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// The reporting cues of data/attribution-cues.txt, matched longest first at a word ("called for" before
/// "called", "according to a statement from" before "according to"). A word may start several cues of
/// different classes ("adding" is a speech verb and a participle); <see cref="Match"/> returns the one asked for.
/// </summary>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, (string[] Words, CueKind Kind, int Strength)[]> _byFirst;

    public CueLexicon(IEnumerable<string> lines)
    {
        var byFirst = new Dictionary<string, List<(string[], CueKind, int)>>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 3) throw new FormatException($"attribution-cues.txt: expected class, strength, forms: {line}");
            var kind = Enum.Parse<CueKind>(cols[0], ignoreCase: true);
            var strength = int.Parse(cols[1], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var form in cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
                list.Add((words, kind, strength));
            }
        }
        _byFirst = byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Item1.Length).ToArray());
    }

    private static readonly Lazy<CueLexicon> Shared = new(() =>
    {
        using var r = KnowledgeFiles.Embedded("attribution-cues.txt");
        var lines = new List<string>();
        while (r.ReadLine() is { } line) lines.Add(line);
        return new CueLexicon(lines);
    });

    public static CueLexicon Default => Shared.Value;

    /// <summary>The longest cue of one of the wanted classes starting at word <paramref name="i"/>, or null.</summary>
    public CueMatch? Match(Word[] words, int i, Func<CueKind, bool> wanted)
    {
        if (!words[i].IsWord || !_byFirst.TryGetValue(words[i].Lower, out var entries)) return null;
        foreach (var (form, kind, strength) in entries)
        {
            if (!wanted(kind)) continue;
            // Forms with a common non-reporting sense ("a talk show", "a group called …", "attacks on a town") are checked in context.
            if (!CueSenses.Reporting(words, i, form)) continue;
            var length = MatchLength(words, i, form);
            if (length > 0) return new CueMatch(kind, strength, length);
        }
        return null;
    }

    /// <summary>Tokens covered when the words of <paramref name="form"/> follow one another from <paramref name="i"/> (0: no match).</summary>
    private static int MatchLength(Word[] words, int i, string[] form)
    {
        var k = i;
        foreach (var w in form)
        {
            if (k >= words.Length || !words[k].IsWord || words[k].Lower != w) return 0;
            k++;
        }
        return k - i;
    }
}
