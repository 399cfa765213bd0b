using System.Reflection;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Lexicon;

/// <summary>What a lexicon entry says about a line.</summary>
internal enum BoilerplateKind { None, Form, Share, Nav, Widget, Subscribe, Footer, Error }

/// <summary>
/// The boilerplate lexicon (embedded resource <c>boilerplate.txt</c>, our own multilingual list): whole-line,
/// prefix and contains phrases of page furniture. Whole-line matching is the default because a phrase such as
/// "Comments" or "Share" is furniture on its own line and ordinary prose inside a sentence.
/// Loaded once, read-only afterwards: safe to share between threads.
/// </summary>
internal sealed class BoilerplateLexicon
{
    /// <summary>Contains-phrases are tested only on lines this short: a long paragraph quoting "all rights reserved" is prose.</summary>
    private const int ContainsMaxWords = 25;

    private readonly Dictionary<string, BoilerplateKind> exact = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, BoilerplateKind Kind)> prefixes = [];
    private readonly List<(string Phrase, BoilerplateKind Kind)> contains = [];

    public static BoilerplateLexicon Default { get; } = LoadEmbedded();

    public static BoilerplateLexicon Parse(IEnumerable<string> lines)
    {
        var lexicon = new BoilerplateLexicon();
        foreach (var raw in lines)
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            int tab = raw.IndexOf('\t');
            if (tab <= 0 || !Enum.TryParse<BoilerplateKind>(raw[..tab], ignoreCase: true, out var kind)) continue;
            var pattern = raw[(tab + 1)..].Trim();
            bool starts = pattern.StartsWith('*'), ends = pattern.EndsWith('*');
            var phrase = LineNormalizer.Normalize(pattern.Trim('*'), trimEnd: !ends || starts);
            if (phrase.Length == 0) continue;
            if (starts && ends) lexicon.contains.Add((phrase, kind));
            else if (ends) lexicon.prefixes.Add((phrase, kind));
            else lexicon.exact.TryAdd(phrase, kind);
        }
        return lexicon;
    }

    /// <summary>Lexicon entries are short; a longer line is prose (and is not normalised just to find that out).</summary>
    private const int MaxLineLength = 200;

    public BoilerplateKind Match(PageLine line)
    {
        if (line.Text.Length > MaxLineLength) return BoilerplateKind.None;
        var key = line.Normalized;
        if (key.Length == 0) return BoilerplateKind.None;
        if (exact.TryGetValue(key, out var kind)) return kind;
        foreach (var (phrase, k) in prefixes)
            if (key.StartsWith(phrase, StringComparison.Ordinal)) return k;
        if (line.Stats.Words <= ContainsMaxWords)
            foreach (var (phrase, k) in contains)
                if (key.Contains(phrase, StringComparison.Ordinal)) return k;
        return BoilerplateKind.None;
    }

    private static BoilerplateLexicon LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sitrep.Extract.PlainText.boilerplate.txt")
            ?? throw new InvalidOperationException("embedded resource boilerplate.txt is missing from Sitrep.Core");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } l) lines.Add(l);
        return Parse(lines);
    }
}
