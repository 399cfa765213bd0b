using Sitrep.Evaluation.Attribution;
using Sitrep.Output;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>A gold attribution in UTF-16 offsets of the text, with its cue's words [<see cref="CueFirst"/>,
/// <see cref="CueEnd"/>) (-1 when the annotation has no cue) and the reporting sentence that holds the cue.</summary>
public sealed record GoldInWords(IReadOnlyList<(int Start, int End)> Content, int CueFirst, int CueEnd, int Unit);

/// <summary>
/// An annotated article as the learner needs it: the reader's tokens and reporting sentences, which tokens belong to
/// a gold cue, and each gold attribution located in those tokens. Brat offsets count code points; the tokens count
/// UTF-16 units, so the gold is converted first.
/// </summary>
public sealed class TrainingArticle
{
    public required PolnearArticle Source { get; init; }
    public required Word[] Words { get; init; }
    public required List<Quotation> Quotes { get; init; }
    public required List<Unit> Units { get; init; }
    public required bool[] IsCue { get; init; }
    public required List<GoldInWords> Gold { get; init; }

    public static TrainingArticle From(PolnearArticle article, CueLexicon cues)
    {
        var text = article.Text;
        var quotes = QuoteScanner.Outer(text);
        var words = WordSplitter.Split(text, quotes);
        var units = Sitrep.Analyse.Attributions.Units.Split(words, cues);
        var unitOf = new int[words.Length];
        for (var u = 0; u < units.Count; u++) for (var k = units[u].First; k < units[u].End; k++) unitOf[k] = u;
        var cp = new CodePointIndex(text);
        (int, int) ToUtf16((int Start, int End) f) => (cp.ToUtf16(f.Start), cp.ToUtf16(f.End));
        var isCue = new bool[words.Length];
        var gold = new List<GoldInWords>(article.Gold.Count);
        foreach (var g in article.Gold)
        {
            var content = g.Content.Select(ToUtf16).ToList();
            int first = -1, end = -1;
            foreach (var (s, e) in g.Cue.Select(ToUtf16))
                for (var k = Word.FirstEndingAfter(words, s); k < words.Length && words[k].Start < e; k++)
                {
                    if (words[k].IsBreak) continue;
                    isCue[k] = true;
                    if (first < 0 || k < first) first = k;
                    end = Math.Max(end, k + 1);
                }
            gold.Add(new GoldInWords(content, first, end, first >= 0 ? unitOf[first] : -1));
        }
        return new TrainingArticle { Source = article, Words = words, Quotes = quotes, Units = units, IsCue = isCue, Gold = gold };
    }

    /// <summary>The scorer's overlap for a content in UTF-16 offsets: overlap over the longer span when at least half, else 0.</summary>
    public static double HitScore(int start, int end, IReadOnlyList<(int Start, int End)> gold)
    {
        int overlap = 0, goldLength = 0;
        foreach (var (s, e) in gold)
        {
            goldLength += e - s;
            overlap += Math.Max(0, Math.Min(e, end) - Math.Max(s, start));
        }
        var longer = Math.Max(goldLength, end - start);
        return overlap > 0 && overlap * 2 >= longer ? (double)overlap / longer : 0;
    }
}
