using Sitrep.Extract.PlainText;
using Xunit.Abstractions;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>
/// The other side of boilerplate removal: text that is all article must come through whole. FA-KES
/// (../shared/data/corpus-fakes, read in place, skipped when absent) holds 804 clean Syrian-war articles from
/// 15 outlets, each one line of prose; the extractor should keep every one of them.
/// </summary>
public class CleanArticleTests(ITestOutputHelper output)
{
    [FakesFact]
    public void Clean_articles_of_fifteen_outlets_are_kept_whole()
    {
        var csv = FindCorpus()!;
        var extractor = new TextExtractor();
        int total = 0, kept = 0;
        var lost = new List<string>();
        foreach (var content in Contents(csv))
        {
            if (content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 40) continue; // stubs: nothing to keep
            total++;
            var doc = extractor.Extract(Pages.Text(content));
            if (doc.Body == content.Trim()) kept++;
            else lost.Add(content[..Math.Min(120, content.Length)]);
        }
        output.WriteLine($"{kept}/{total} clean articles kept whole");
        foreach (var l in lost.Take(10)) output.WriteLine("  lost: " + l);
        total.Should().BeGreaterThan(500);
        ((double)kept / total).Should().BeGreaterThanOrEqualTo(0.99);
    }

    [FakesFact]
    public void Clean_articles_split_into_one_sentence_per_paragraph_keep_their_sentences()
    {
        var csv = FindCorpus()!;
        var extractor = new TextExtractor();
        int sentences = 0, keptSentences = 0, pages = 0, pagesWhole = 0;
        var lost = new List<string>();
        foreach (var content in Contents(csv))
        {
            var parts = System.Text.RegularExpressions.Regex.Split(content.Trim(), @"(?<=[.!?])\s+(?=[A-Z“""])")
                .Where(p => p.Length > 0).ToList();
            if (parts.Count < 4) continue;
            pages++;
            var doc = extractor.Extract(Pages.Text(string.Join("\n\n", parts)));
            var body = doc.Body.Split("\n\n").ToHashSet();
            int here = parts.Count(body.Contains);
            sentences += parts.Count;
            keptSentences += here;
            if (here == parts.Count) pagesWhole++;
            else lost.AddRange(parts.Where(p => !body.Contains(p)).Take(2).Select(p => p[..Math.Min(100, p.Length)] + " <" + doc.Removed.FirstOrDefault(r => r.Text == p)?.Reason + ">"));
        }
        double share = (double)keptSentences / sentences;
        output.WriteLine($"{keptSentences}/{sentences} sentences kept ({share:P2}); {pagesWhole}/{pages} pages whole");
        foreach (var group in lost.GroupBy(l => l[(l.LastIndexOf('<') + 1)..^1]).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
            foreach (var l in group.Distinct().Take(40)) output.WriteLine("    " + l);
        }
        share.Should().BeGreaterThanOrEqualTo(0.96, "part of the loss is real chrome fused into FA-KES texts: captions, bylines, tags, \"Follow us\"");
    }

    internal static string? FindCorpus()
    {
        var seeds = Pages.SeedsDirectory();
        if (seeds is null) return null;
        var path = Path.Combine(seeds, "..", "data", "corpus-fakes", "FA-KES-Dataset.csv");
        return File.Exists(path) ? path : null;
    }

    /// <summary>The article_content column of a CSV with quoted fields (RFC 4180).</summary>
    private static IEnumerable<string> Contents(string path)
    {
        var text = File.ReadAllText(path);
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false, header = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString()); field.Clear();
                if (!header && row.Count > 2) yield return row[2];
                header = false;
                row.Clear();
            }
            else field.Append(c);
        }
    }
}
