using System.Text.RegularExpressions;

namespace Sitrep.Evaluation.Attribution;

/// <summary>A gold attribution of PolNeAR: content fragments (discontinuous spans allowed) and source fragments,
/// in code point offsets of the article text.</summary>
public sealed record GoldAttribution(IReadOnlyList<(int Start, int End)> Content, IReadOnlyList<(int Start, int End)> Source, IReadOnlyList<(int Start, int End)> Cue);

public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<GoldAttribution> Gold);

/// <summary>
/// Reads PolNeAR (../shared/data/attribution-polnear/{train,dev}): text/NAME.txt and attributions/NAME_ANNOTATOR.ann in
/// brat standoff (brat docs, "Standoff format"): T lines "T1\tType START END[;START END]\ttext", E lines
/// "E1\tAttribution:T5 Content:T4 Cue:T3 Source:T2". Offsets count characters (code points) of the text file.
/// </summary>
public static partial class PolnearCorpus
{
    [GeneratedRegex(@"^(T\d+)\t(\w+) ([\d; ]+)\t", RegexOptions.Multiline)]
    private static partial Regex TextBound();

    [GeneratedRegex(@"^E\d+\t(.*)$", RegexOptions.Multiline)]
    private static partial Regex EventLine();

    public static bool Exists(string dir, string split) => Directory.Exists(Path.Combine(dir, split, "attributions"));

    public static List<PolnearArticle> Load(string dir, string split)
    {
        var folder = Path.Combine(dir, split);
        var articles = new List<PolnearArticle>();
        foreach (var ann in Directory.EnumerateFiles(Path.Combine(folder, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            var name = stem[..stem.LastIndexOf('_')];
            var textPath = Path.Combine(folder, "text", name + ".txt");
            if (!File.Exists(textPath)) continue;
            articles.Add(new PolnearArticle(name, File.ReadAllText(textPath), Parse(File.ReadAllText(ann))));
        }
        return articles;
    }

    public static List<GoldAttribution> Parse(string ann)
    {
        var spans = new Dictionary<string, List<(int, int)>>();
        foreach (Match m in TextBound().Matches(ann))
            spans[m.Groups[1].Value] = m.Groups[3].Value.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(f => f.Trim().Split(' ')).Select(p => (int.Parse(p[0]), int.Parse(p[1]))).ToList();
        var gold = new List<GoldAttribution>();
        foreach (Match m in EventLine().Matches(ann))
        {
            var roles = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(r => r.Split(':')).Where(r => r.Length == 2).ToDictionary(r => r[0], r => r[1]);
            if (!roles.TryGetValue("Content", out var content) || !spans.TryGetValue(content, out var contentSpans)) continue;
            var source = roles.TryGetValue("Source", out var s) && spans.TryGetValue(s, out var ss) ? ss : [];
            var cue = roles.TryGetValue("Cue", out var cu) && spans.TryGetValue(cu, out var cs) ? cs : [];
            gold.Add(new GoldAttribution(contentSpans, source, cue));
        }
        return gold;
    }
}
