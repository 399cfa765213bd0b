using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Link.Evaluation;

/// <summary>Paragraph and sentence handling for the generated test set. FA-KES articles are one line of
/// text, so sentences are grouped three to a paragraph to give copies something to reorder.</summary>
public static partial class Paragraphs
{
    public static List<string> Of(string text)
    {
        var paragraphs = text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count >= 3) return paragraphs;
        var sentences = Sentences(text);
        return sentences.Chunk(3).Select(c => string.Join(' ', c)).ToList();
    }

    public static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    public static List<string> Sentences(string text) =>
        SentenceEnd().Split(text.Replace("\n", " ")).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>A run of whole sentences of <paramref name="min"/>-<paramref name="max"/> words, and its span.</summary>
    public static (string Text, TextSpan Span) Passage(string body, Random rng, int min, int max)
    {
        var spans = SentenceEnd().Split(body).Aggregate((List: new List<TextSpan>(), At: 0), (acc, s) =>
        {
            int start = body.IndexOf(s, acc.At, StringComparison.Ordinal);
            acc.List.Add(new TextSpan(start, start + s.Length));
            return (acc.List, start + s.Length);
        }).List.Where(s => s.Length > 0).ToList();
        for (int attempt = 0; attempt < 50; attempt++)
        {
            int first = rng.Next(spans.Count);
            int words = 0, last = first;
            while (last < spans.Count && words < min) words += WordTokens.Of(spans[last++].Of(body)).Length;
            if (words < min || words > max) continue;
            var span = new TextSpan(spans[first].Start, spans[last - 1].End);
            return (span.Of(body).Trim(), span);
        }
        // No sentence run fits: take the first min words.
        var tokens = WordTokens.Of(body);
        var fallback = new TextSpan(tokens[0].Start, tokens[Math.Min(tokens.Length, min) - 1].End);
        return (fallback.Of(body), fallback);
    }

    /// <summary>Inserts a passage as its own paragraph at a random paragraph break; returns the new body and the passage's span.</summary>
    public static (string Body, TextSpan Span) Insert(string host, string passage, Random rng)
    {
        var paragraphs = host.Split("\n\n").ToList();
        int at = rng.Next(1, paragraphs.Count + 1);
        var before = Join(paragraphs.Take(at));
        var after = Join(paragraphs.Skip(at));
        var body = before + "\n\n" + passage + (after.Length > 0 ? "\n\n" + after : "");
        return (body, new TextSpan(before.Length + 2, before.Length + 2 + passage.Length));
    }

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[""“‘]?[A-Z])")]
    private static partial Regex SentenceEnd();
}

/// <summary>Light edits of a copy editor: a word swapped for a synonym or spelling variant, or dropped.</summary>
public static class Edits
{
    private static readonly Dictionary<string, string> Variants = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = "stated", ["killed"] = "left dead", ["ISIS"] = "Daesh", ["Islamic"] = "so-called Islamic", ["attack"] = "assault",
        ["government"] = "regime", ["rebels"] = "militants", ["forces"] = "troops", ["city"] = "town", ["people"] = "persons",
        ["Monday"] = "on Monday", ["more"] = "over", ["also"] = "further", ["told"] = "informed", ["the"] = "this",
    };

    public static string Light(string text, Random rng, double rate)
    {
        var words = text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (rng.NextDouble() >= rate) continue;
            var w = words[i];
            var bare = w.Trim(',', '.', ';', ':');
            if (Variants.TryGetValue(bare, out var v)) words[i] = w.Replace(bare, v);
            else if (w.Length > 3 && rng.NextDouble() < 0.5) words[i] = w.Remove(rng.Next(1, w.Length - 1), 1);   // a typo
            else words[i] = "";                                                                                     // a dropped word
        }
        return string.Join(' ', words.Where(w => w.Length > 0));
    }
}
