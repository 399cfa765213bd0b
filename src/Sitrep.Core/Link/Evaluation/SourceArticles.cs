using Sitrep.Documents;
using Sitrep.Read;

namespace Sitrep.Link.Evaluation;

/// <summary>Real article texts read in place from ../shared/data (FA-KES CSV, PolNeAR text files); never copied.</summary>
public static class SourceArticles
{
    public const int MinWords = 150;

    public static List<string> Load(string dataDir)
    {
        var texts = new List<string>();
        var fakes = Path.Combine(dataDir, "corpus-fakes", "FA-KES-Dataset.csv");
        if (File.Exists(fakes))
            texts.AddRange(new InputReader(ReadOptions.Default).ReadFile(fakes).OfType<ReadDocument>()
                .Select(d => d.Document.Text).OfType<string>());
        var polnear = Path.Combine(dataDir, "attribution-polnear");
        if (Directory.Exists(polnear))
            foreach (var f in Directory.EnumerateFiles(polnear, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                texts.Add(File.ReadAllText(f));
        // The source corpora repeat some articles; the set needs each text once.
        var seen = new HashSet<string>();
        return texts.Select(t => t.Trim()).Where(t => WordTokens.Of(t).Length >= MinWords && seen.Add(t[..Math.Min(200, t.Length)])).ToList();
    }
}
