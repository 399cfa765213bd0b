namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// What the content chooser sees of one candidate content: its kind joined with the cue's word and stem (each verb has
/// its habits: "said" takes a clause, "called for" an object, "chanting" a quotation), with what follows and precedes
/// the cue, the candidate's length, whether it is one quotation, and whether its word order gives it a source.
/// </summary>
public static class ChoiceFeatures
{
    public const int Bits = 18;

    /// <summary>Room for every <see cref="ChoiceKind"/> when a feature value is joined with the kind.</summary>
    private const int K = 16;

    private enum T
    {
        Kind = 1, CueWord, CueStem, CueLast, Following, Preceding, Length, HasSource, StartsQuoted, AllQuoted, CueAtEnd,
        CueFirstInUnit, NextWord, UnitOpensQuoted, Lexicon, FollowingPreceding, LengthStem, HasComma,
        EndMark, EndNext, EndNextShape, EndNextShapeStem, EndLast, StartWord, StartPrevious, StartPreviousCue, CommasCrossed,
        Rules, RulesStem, RulesLength,
        EndCut, EndCutStem, InsideCut, InsideCuts, EndAfterNext, Remainder,
        Finite, FiniteStem,
    }

    public static void Extract(Word[] w, Unit unit, int cueFirst, int cueEnd, ContentChoice c, CueLexicon cues, Features f) =>
        Extract(w, unit, cueFirst, cueEnd, c, cues, f, RulesCut.None);

    /// <summary>As above, knowing the content the rules cut for this cue (<see cref="RulesCut.None"/>: they read none).</summary>
    public static void Extract(Word[] w, Unit unit, int cueFirst, int cueEnd, ContentChoice c, CueLexicon cues, Features f, RulesCut rules)
    {
        f.Clear();
        var k = (int)c.Kind;
        var cue = w[cueFirst].Lower;
        var following = CueFeatures.Following(w, cueEnd, unit);
        var preceding = CueFeatures.Preceding(w, cueFirst, unit);
        f.Add((int)T.Kind, k);
        f.Add((int)T.CueWord, cue, k);
        f.Add((int)T.CueStem, WordForms.Stem(cue), k);
        f.Add((int)T.CueLast, w[cueEnd - 1].Lower, k);
        f.Add((int)T.Following, following, k);
        f.Add((int)T.Preceding, preceding, k);
        f.Add((int)T.FollowingPreceding * K + k, following, preceding);
        var length = WordForms.Bucket(c.End - c.First);
        f.Add((int)T.Length, length * K + k);
        f.Add((int)T.LengthStem, WordForms.Stem(cue), length * K + k);
        f.Add((int)T.HasSource, (c.HasSource ? K : 0) + k);
        f.Add((int)T.StartsQuoted, (w[c.First].Quote >= 0 ? K : 0) + k);
        f.Add((int)T.AllQuoted, (w[c.First].Quote >= 0 && w[c.First].Quote == w[c.End - 1].Quote ? K : 0) + k);
        f.Add((int)T.CueAtEnd, (c.First < cueFirst ? K : 0) + k);
        f.Add((int)T.CueFirstInUnit, (cueFirst == unit.First ? K : 0) + k);
        f.Add((int)T.NextWord, WordForms.At(w, cueEnd, unit), k);
        f.Add((int)T.UnitOpensQuoted, (w[unit.First].Quote >= 0 ? K : 0) + k);
        if (cues.Match(w, cueFirst, _ => true) is { } m) f.Add((int)T.Lexicon, ((int)m.Kind * 10 + m.Strength) * K + k);
        var comma = false;
        for (var j = c.First; j < c.End && !comma; j++) comma = w[j].Mark == ',' && w[j].Quote < 0;
        f.Add((int)T.HasComma, (comma ? K : 0) + k);
        BoundaryContext(w, unit, cue, cueEnd, c, k, f);
        ClauseContext(w, unit, cue, c, k, f);
        RulesAgreement(c, rules, cue, k, f);
        Verbs(w, unit, c, cue, k, f);
    }

    /// <summary>Whether the candidate holds a finite verb, and whether the rest of the sentence after it does: "argued [the
    /// Keystone XL pipeline], which …, "wouldn't go 10 feet"" stops before the verb of the claim, while "supports [squeezing
    /// out …], temporarily freezing …" leaves only a list's verbless tail. Joined with the kind and the cue's stem: after
    /// "said" a content has a verb, after "criticized" it need not. Held-out chooser accuracy (7 folds) 87.13% -> 87.20%
    /// with the clause features, 86.32% -> 86.73% alone.</summary>
    private static void Verbs(Word[] w, Unit unit, ContentChoice c, string cue, int k, Features f)
    {
        var finite = Clauses.Clauses.HasFiniteVerb(w, c.First, c.End) ? 1 : 0;
        var rest = c.End < unit.End ? (Clauses.Clauses.HasFiniteVerb(w, c.End, unit.End) ? 2 : 1) : 0;
        f.Add((int)T.Finite, (finite * 3 + rest) * K + k);
        f.Add((int)T.FiniteStem, WordForms.Stem(cue), (finite * 3 + rest) * K + k);
    }

    /// <summary>How the candidate stands to the rules' cut of the same cue: none read, a different cut, the same start, the
    /// same end, or the rules' cut itself — joined with the kind, the cue's stem and the rules' cut's length. Issue 5: on
    /// held-out train the rules found the right cue with the wrong content 255 times, and the chooser, which never saw
    /// the rules' output, could not learn when their extent is the one to keep (after "said", nearly always; after
    /// "seems" or "called", rarely).</summary>
    private static void RulesAgreement(ContentChoice c, RulesCut rules, string cue, int k, Features f)
    {
        var r = rules.Relation(c.First, c.End);
        f.Add((int)T.Rules, r * K + k);
        if (r == 0) return;
        f.Add((int)T.RulesStem, WordForms.Stem(cue), r * K + k);
        f.Add((int)T.RulesLength, (WordForms.Bucket(rules.End - rules.First) * 8 + r) * K + k);
    }

    /// <summary>What lies at each end of the candidate: the mark or word where it stops and the word after that (", pointing",
    /// ", and he", ", which", "in early-morning tweets"), its last word, its first word and the word before it ("of",
    /// "to", "that"), and how many commas it crosses. Issue 5: the chooser saw only lengths and kinds, so it could not
    /// learn that a comma before a participle or a new subject closes the content while one before "and" and a noun
    /// rarely does.</summary>
    private static void BoundaryContext(Word[] w, Unit unit, string cue, int cueEnd, ContentChoice c, int k, Features f)
    {
        var e = c.End;
        int mark;                                   // 0 sentence end, 1 paragraph break, 2 a word, 3+ a mark (MarkCode)
        var next = e;
        if (e >= unit.End) mark = 0;
        else if (w[e].IsBreak) mark = 1;
        else if (w[e].Kind == WordKind.Punct && w[e].Quote < 0) { mark = MarkCode(w[e].Mark); next = e + 1; }
        else mark = 2;
        if (mark == MarkCode('.') && (e + 1 >= unit.End || w[e + 1].IsBreak)) mark = 0;
        f.Add((int)T.EndMark, mark * K + k);
        if (mark != 0)
        {
            f.Add((int)T.EndNext, WordForms.At(w, next, unit), mark * K + k);
            var shape = Shape(w, next, unit);
            f.Add((int)T.EndNextShape, shape, mark * K + k);
            f.Add((int)T.EndNextShapeStem * 16 + mark, WordForms.Stem(cue), shape);
        }
        f.Add((int)T.EndLast, Shape(w, e - 1, unit), k);
        f.Add((int)T.StartWord, WordForms.At(w, c.First, unit), k);
        var before = WordForms.At(w, c.First - 1, unit);
        f.Add((int)T.StartPrevious, before, k);
        f.Add((int)T.StartPreviousCue * K + k, w[cueEnd - 1].Lower, before);
        var commas = 0;
        for (var j = c.First; j < c.End; j++) if (w[j].Quote < 0 && w[j].Kind == WordKind.Punct && w[j].Mark is ',' or '—' or ';') commas++;
        f.Add((int)T.CommasCrossed, Math.Min(commas, 4) * K + k);
    }

    /// <summary>The clause layer's view of the candidate (Clauses/Clauses.cs): the kind of clause boundary where it stops
    /// (a new subject after ", and", a relative, a participle, none), the first one it runs over (and how many), the two
    /// words after its stop, and how much of the sentence it leaves. Issue 5: the chooser's most frequent misses are the
    /// first comma against the sentence end ("revealed [that 20 staffers have been assigned to the task], whose findings …"
    /// against "has revealed [that he had been plotting mayhem for years, even as …]"); the mark and one word after the stop
    /// did not tell a clause boundary from a comma inside the claim. Held-out chooser accuracy 86.32% -> 87.13%.</summary>
    private static void ClauseContext(Word[] w, Unit unit, string cue, ContentChoice c, int k, Features f)
    {
        var endCut = c.End < unit.End ? (int)Clauses.Clauses.CutAt(w, c.End, unit.End) : 15;
        f.Add((int)T.EndCut, endCut * K + k);
        f.Add((int)T.EndCutStem, WordForms.Stem(cue), endCut * K + k);
        var inside = 0;
        var first = -1;
        for (var at = c.First; inside < 3;)
        {
            at = Clauses.Clauses.NextCut(w, at, c.End, out var kind);
            if (at >= c.End) break;
            if (first < 0) first = (int)kind;
            inside++;
        }
        f.Add((int)T.InsideCut, (first + 1) * K + k);
        f.Add((int)T.InsideCuts, inside * K + k);
        if (c.End < unit.End) f.Add((int)T.EndAfterNext * K + k, WordForms.At(w, c.End, unit), Shape(w, c.End + 1, unit));
        f.Add((int)T.Remainder, WordForms.Bucket(unit.End - c.End) * K + k);
    }

    private static int MarkCode(char c) => c switch { ',' => 3, ';' => 4, '—' or '–' or '-' => 5, '(' => 6, ':' => 7, '.' or '!' or '?' => 8, _ => 9 };

    /// <summary>A word's class for boundary features: a participle, a past form, a pronoun, a determiner, a name, a number,
    /// a quotation, or the word itself when it is a short function word.</summary>
    private static string Shape(Word[] w, int k, Unit unit)
    {
        if (k < unit.First || k >= unit.End) return "edge";
        var x = w[k];
        if (x.IsBreak) return "break";
        if (x.Quote >= 0) return "quote";
        if (x.Kind == WordKind.Punct) return "punct";
        var l = x.Lower;
        if (l.Length <= 4 && !x.Capitalised) return l;
        if (Phrases.Pronouns.Contains(l)) return "pron";
        if (Phrases.Determiners.Contains(l)) return "det";
        if (x.Capitalised) return "Cap";
        if (char.IsDigit(l[0])) return "num";
        if (l.EndsWith("ing", StringComparison.Ordinal)) return "ing";
        if (l.EndsWith("ed", StringComparison.Ordinal)) return "ed";
        if (l.EndsWith("ly", StringComparison.Ordinal)) return "ly";
        return l.Length <= 6 ? l : "word";
    }
}
