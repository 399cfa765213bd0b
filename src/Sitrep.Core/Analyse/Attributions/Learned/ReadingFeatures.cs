using Sitrep.Documents;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// What the <see cref="ReadingRescorer"/> sees of one final reading (a rules' attribution or a kept learned proposal):
/// where it came from and the rules' kind, its cue word and the model's score of it, the content's length and where it
/// ends, the source's form, whether it opens the article (a headline), sits in a quotation, or shares its sentence with
/// other readings. Only what both the trainer (held-out predictions) and the stage know alike.
/// </summary>
public static class ReadingFeatures
{
    public const int Bits = 16;

    /// <param name="kind">the rules' kind; "learned" for a learned proposal (whose source the trainer never resolves)</param>
    /// <param name="others">how many other readings touch the reading's sentence</param>
    public static void Extract(Word[] w, List<Unit> units, string kind, TextSpan content, TextSpan cue, TextSpan source, float[] margins, int others, Features f)
    {
        f.Clear();
        f.Add(1);
        f.Add(2, kind);
        var cf = Word.FirstEndingAfter(w, cue.Start);
        var cueScore = float.NegativeInfinity;
        var cueWords = 0;
        var cueWord = "";
        for (var k = cf; k < w.Length && w[k].Start < cue.End; k++)
        {
            if (!w[k].IsWord) continue;
            cueWords++;
            if (cueWord.Length == 0) cueWord = w[k].Lower;
            cueScore = Math.Max(cueScore, margins[k]);
        }
        var scoreBucket = float.IsNegativeInfinity(cueScore) ? 99 : (int)Math.Clamp(MathF.Floor(cueScore / 2), -5, 6);
        f.Add(3, cueWord);
        f.Add(4, kind, cueWord);
        f.Add(5, scoreBucket);
        f.Add(6, kind, scoreBucket);
        f.Add(7, Math.Min(cueWords, 4));
        var first = Word.FirstEndingAfter(w, content.Start);
        var end = first;
        var words = 0;
        var quoted = 0;
        while (end < w.Length && w[end].Start < content.End)
        {
            if (w[end].IsWord) { words++; if (w[end].Quote >= 0) quoted++; }
            end++;
        }
        var length = words switch { <= 2 => 0, <= 5 => 1, <= 9 => 2, <= 15 => 3, <= 25 => 4, <= 40 => 5, _ => 6 };
        f.Add(8, length);
        f.Add(9, kind, length);
        f.Add(10, scoreBucket * 8 + length);
        var last = end - 1;
        var endsSentence = end >= w.Length || w[end].IsBreak || last >= 0 && w[last].Mark is '.' or '?' or '!' || end < w.Length && w[end].Mark is '.' or '?' or '!' or '"' or '”';
        f.Add(11, kind, endsSentence ? 1 : 0);
        f.Add(12, quoted == 0 ? 0 : quoted == words ? 2 : 1);
        f.Add(13, first < w.Length ? w[first].Lower : "", kind);
        f.Add(14, cue.End <= content.Start ? 0 : cue.Start >= content.End ? 1 : 2);
        var unit = UnitOf(units, cf);
        f.Add(15, kind, unit == 0 ? 0 : unit <= 2 ? 1 : 2);
        f.Add(16, Math.Min(others, 3));
        f.Add(17, kind, Math.Min(others, 3));
        f.Add(18, SourceForm(w, source));
        f.Add(19, cueWord, SourceForm(w, source));
        // The cue inside a quotation: the rules reading a quoted speaker's own "said" as a cue of the article's.
        f.Add(20, cf < w.Length && w[cf].Quote >= 0 ? 1 : 0);
    }

    internal static int UnitOf(List<Unit> units, int word)
    {
        for (var u = 0; u < units.Count; u++) if (word < units[u].End) return u;
        return units.Count;
    }

    /// <summary>0 none, 1 pronoun, 2 a capitalised name, 3 a lower-case noun phrase (a role: "officials").</summary>
    internal static int SourceForm(Word[] w, TextSpan source)
    {
        if (source.End <= source.Start) return 0;
        var k = Word.FirstEndingAfter(w, source.Start);
        if (k >= w.Length) return 0;
        var n = 0;
        var capitalised = false;
        for (var j = k; j < w.Length && w[j].Start < source.End; j++) if (w[j].IsWord) { n++; capitalised |= w[j].Capitalised; }
        if (n == 1 && (Phrases.Pronouns.Contains(w[k].Lower) || Phrases.PronounContraction(w[k].Lower))) return 1;
        return capitalised ? 2 : 3;
    }
}
