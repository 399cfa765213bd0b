using System.Collections.Frozen;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Lists the contents a cue may introduce in its reporting sentence, each with the source phrase that its word order
/// implies: content after the cue has its source before it ("Lavrov said that …"); content before the cue has it
/// between the two ("“…,” Lavrov said") or after the cue ("“…,” said Lavrov"). The learned chooser picks one.
/// PolNeAR's contents leave out the sentence's final stop and a comma or colon right after the cue, but keep
/// "that" and the quotation marks; so do these.
/// </summary>
public sealed class ContentChoices(Phrases phrases)
{
    private static readonly FrozenSet<string> Conjunctions = new[]
    {
        "and", "but", "while", "as", "because", "when", "after", "before", "where", "which", "who", "although", "though", "since", "if", "until", "or",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "in", "on", "at", "from", "by", "during", "with", "for", "over", "into", "through", "after", "before", "amid", "since", "last", "this", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    }.ToFrozenSet();

    public void For(Word[] w, Unit unit, int cueFirst, int cueEnd, List<ContentChoice> into) => For(w, unit, null, cueFirst, cueEnd, into);

    /// <summary>The choices of a cue in <paramref name="unit"/>; <paramref name="next"/> (the following reporting
    /// sentence, if any) may hold a quotation that continues a content before the cue.</summary>
    public void For(Word[] w, Unit unit, Unit? next, int cueFirst, int cueEnd, List<ContentChoice> into)
    {
        into.Clear();
        var end = SentenceEnd(w, unit);
        var after = cueEnd;
        while (after < end && IsLeadingMark(w[after])) after++;
        var (sf, se) = SourceBefore(w, unit.First, cueFirst);
        if (after < end)
        {
            into.Add(new ContentChoice(ChoiceKind.After, after, end, sf, se));
            var clause = ClauseEnd(w, after, end);
            if (clause > after && clause < end) into.Add(new ContentChoice(ChoiceKind.AfterClause, after, clause, sf, se));
            var phrase = StopAt(w, after, clause, Conjunctions);
            if (phrase > after && phrase < clause) Add(into, new ContentChoice(ChoiceKind.AfterPhrase, after, phrase, sf, se));
            var obj = StopAt(w, after, phrase, Prepositions);
            if (obj > after && obj < phrase) Add(into, new ContentChoice(ChoiceKind.AfterObject, after, obj, sf, se));
            LaterCuts(w, after, clause, end, sf, se, into);
            ClauseCuts(w, cueEnd, after, end, sf, se, into);
            PrepositionObjects(w, cueEnd, end, sf, se, into);
        }
        if (IsAccordingTo(w, cueFirst, cueEnd)) AccordingTo(w, unit, cueFirst, cueEnd, end, into);
        if (Before(w, unit, cueFirst, cueEnd, end) is { } before)
        {
            Add(into, before);
            if (next is { } n && ContinuingQuote(w, unit, n) is var continued and > 0)
                Add(into, before with { Kind = ChoiceKind.BeforeContinued, End = continued });
        }
        if (NearestQuote(w, unit, cueFirst, cueEnd, end) is var (qf, qe) && qe > qf)
        {
            var q = qf >= cueEnd ? new ContentChoice(ChoiceKind.Quote, qf, qe, sf, se) : SourceAfterContent(w, unit, ChoiceKind.Quote, qf, qe, cueFirst, cueEnd);
            Add(into, q);
        }
    }

    /// <summary>Boundary choice "later cut": "said the plan, which passed in May, would fail, officials said" — the first
    /// comma often sits inside the reported clause, so the rest of the sentence is also offered up to each of the next
    /// few commas, semicolons or dashes (issue 5: contents that stopped at the first comma came out too short, those that
    /// ran to the sentence end too long; the end-context features let the chooser tell them apart).</summary>
    private static void LaterCuts(Word[] w, int after, int clause, int end, int sf, int se, List<ContentChoice> into)
    {
        var cut = clause;
        for (var n = 0; n < MaxLaterCuts && cut < end; n++)
        {
            cut = ClauseEnd(w, cut, end);
            if (cut < end) Add(into, new ContentChoice(ChoiceKind.AfterLater, after, cut, sf, se));
        }
    }

    private const int MaxLaterCuts = 3;

    /// <summary>Boundary choices from the clause layer: the content after the cue up to each of the first two clause
    /// boundaries (a new subject after ", and", a relative or subordinate clause, a participle, a final apposition); and the
    /// clause opened by "that", "whether" or "if" within a few words after the cue ("told The Post on Saturday [that …]"), to
    /// the sentence end and to its first boundary. Issue 5: contents ran past the reported clause, or began at the
    /// listener.</summary>
    private static void ClauseCuts(Word[] w, int cueEnd, int after, int end, int sf, int se, List<ContentChoice> into)
    {
        var cut = after;
        for (var n = 0; n < 2 && cut < end; n++)
        {
            cut = Clauses.Clauses.NextCut(w, cut, end, out _);
            if (cut < end && cut > after) Add(into, new ContentChoice(ChoiceKind.AfterCut, after, cut, sf, se));
        }
        for (var k = after + 1; k < end && k < cueEnd + 12; k++)
        {
            var x = w[k];
            if (x.Quote >= 0 || x.Kind == WordKind.Punct && x.Mark is not (',' or '\'' or '-' or '.')) return;
            if (!x.IsWord || x.Lower is not ("that" or "whether" or "if")) continue;
            if (k + 1 >= end || !w[k + 1].IsWord && w[k + 1].Quote < 0) return;
            Add(into, new ContentChoice(ChoiceKind.AfterThat, k, end, sf, se));
            var stop = Clauses.Clauses.NextCut(w, k + 1, end, out _);
            if (stop < end) Add(into, new ContentChoice(ChoiceKind.AfterThat, k, stop, sf, se));
            return;
        }
    }

    private static readonly FrozenSet<string> CuePrepositions = new[]
    {
        "of", "against", "to", "with", "toward", "towards", "on", "about", "for", "in", "from", "over", "at", "into", "behind",
    }.ToFrozenSet();

    /// <summary>Boundary choice "object of the cue's preposition": "has come out in support of [Cruz]", "did not immediately
    /// respond [to requests for comment]", "voted the most strongly against [the unions]" — PolNeAR's cue runs over the
    /// verb group up to a preposition, and the content is that preposition's object; when the learned cue stops at an
    /// auxiliary or the verb, the plain "after" choice starts too early (issue 5: 180 train contents too long at their
    /// start by "about", "to", "of", "for", "against"). Each preposition within a few unpunctuated words of the cue gives
    /// its object (to the clause end, and to the next preposition or conjunction) and, for "to", the phrase with it.</summary>
    private static void PrepositionObjects(Word[] w, int cueEnd, int end, int sf, int se, List<ContentChoice> into)
    {
        var found = 0;
        for (var k = cueEnd; k < end && k < cueEnd + 7 && found < 2; k++)
        {
            var x = w[k];
            if (!x.IsWord || x.Quote >= 0 || x.Lower is "that" or "and" or "but" || x.Capitalised && k > cueEnd) return;
            if (!CuePrepositions.Contains(x.Lower) || k + 1 >= end || !w[k + 1].IsWord && w[k + 1].Quote < 0) continue;
            found++;
            var clause = ClauseEnd(w, k + 1, end);
            Add(into, new ContentChoice(ChoiceKind.PrepObject, k + 1, clause, sf, se));
            var stop = StopAt(w, k + 1, clause, Prepositions);
            stop = Math.Min(stop, StopAt(w, k + 1, clause, Conjunctions));
            if (stop > k + 1 && stop < clause) Add(into, new ContentChoice(ChoiceKind.PrepObject, k + 1, stop, sf, se));
            if (k > cueEnd && x.Lower is "to" or "about" or "for" or "against") Add(into, new ContentChoice(ChoiceKind.PrepPhrase, k, clause, sf, se));
        }
    }

    /// <summary>Whether the cue is "according to" (alone or in a longer phrase: "according to a statement from", "That's
    /// according to"), whose source follows it.</summary>
    private static bool IsAccordingTo(Word[] w, int cueFirst, int cueEnd)
    {
        for (var k = cueFirst; k < cueEnd; k++) if (w[k].Lower == "according") return true;
        return false;
    }

    /// <summary>Boundary choices of "according to X": PolNeAR's content is the clause after X's comma ("According to
    /// Almasdar, [both forces are …]") or the words before the cue when it closes the sentence without a comma ("[… 46
    /// percent to 39 percent] according to a CBS poll"). Issue 5: the plain "after" choice started at the source, so an
    /// opening "according to" gave the content "to Almasdar, …" or "an archived version of …".</summary>
    private void AccordingTo(Word[] w, Unit unit, int cueFirst, int cueEnd, int end, List<ContentChoice> into)
    {
        for (var k = cueEnd + 1; k < end - 1 && k < cueEnd + MaxAccordingSource; k++)
        {
            var x = w[k];
            if (x.Quote >= 0 || x.IsBreak) break;
            if (x.Kind != WordKind.Punct || x.Mark != ',') continue;
            var first = k + 1;
            while (first < end && IsLeadingMark(w[first])) first++;
            if (first >= end) break;
            Add(into, new ContentChoice(ChoiceKind.AfterSource, first, end, cueEnd, k));
            var clause = ClauseEnd(w, first, end);
            if (clause < end) Add(into, new ContentChoice(ChoiceKind.AfterSource, first, clause, cueEnd, k));
            break;
        }
        var last = cueFirst;
        while (last > unit.First && w[last - 1].IsWord && Phrases.Skippable.Contains(w[last - 1].Lower)) last--;
        if (last - unit.First >= 2 && w[last - 1].IsWord && w[last - 1].Quote < 0)
        {
            var first = unit.First;
            while (first < last && IsLeadingMark(w[first])) first++;
            var (sf, se) = phrases.RightOf(w, cueEnd, unit.End);
            if (last > first) Add(into, new ContentChoice(ChoiceKind.BeforeAccording, first, last, sf, se));
        }
    }

    private const int MaxAccordingSource = 16;

    /// <summary>"“A,” she added. “B.”": the next sentence is one quotation in the same paragraph; returns its end (0: none).</summary>
    private static int ContinuingQuote(Word[] w, Unit unit, Unit next)
    {
        if (w[unit.First].Quote < 0 || next.First >= w.Length || w[next.First].Quote < 0) return 0;
        // A paragraph break between them is allowed when the next paragraph is that quotation alone (the rules' "quotation
        // continues in the next paragraph", Clauses/QuoteContinuation.cs).
        var breaks = 0;
        for (var k = unit.End; k < next.First; k++) if (w[k].IsBreak) breaks++;
        if (breaks > 1 || breaks == 1 && next.End < w.Length && !w[next.End].IsBreak) return 0;
        var q = w[next.First].Quote;
        var end = next.End;
        while (end > next.First && (w[end - 1].IsBreak || w[end - 1].Quote < 0 && w[end - 1].Kind == WordKind.Punct)) end--;
        for (var k = next.First; k < end; k++) if (w[k].Quote != q) return 0;
        return end;
    }

    /// <summary>The first word after <paramref name="from"/> (not before <paramref name="end"/>) in <paramref name="stops"/>, outside quotations.</summary>
    private static int StopAt(Word[] w, int from, int end, FrozenSet<string> stops)
    {
        for (var k = from + 1; k < end; k++)
            if (w[k].IsWord && w[k].Quote < 0 && stops.Contains(w[k].Lower)) return k;
        return end;
    }

    private static void Add(List<ContentChoice> into, ContentChoice c)
    {
        foreach (var x in into) if (x.First == c.First && x.End == c.End) return;
        into.Add(c);
    }

    /// <summary>"“…,” Lavrov said." / "The deal is dead, officials said": content from the sentence start to the comma or
    /// quotation before the source.</summary>
    private ContentChoice? Before(Word[] w, Unit unit, int cueFirst, int cueEnd, int end)
    {
        var k = cueFirst - 1;
        while (k >= unit.First && w[k].IsWord && Phrases.Skippable.Contains(w[k].Lower)) k--;
        if (k <= unit.First) return null;
        int contentEnd;
        if (w[k].Kind == WordKind.Punct && w[k].Quote < 0 && w[k].Mark is ',' or '—' or '-') contentEnd = k;
        else if (w[k].Quote >= 0) contentEnd = k + 1;
        else
        {
            var (sf, _) = phrases.LeftOf(w, k, unit.First);
            if (sf <= unit.First) return null;
            var p = w[sf - 1];
            if (p.Quote >= 0) contentEnd = sf;
            else if (p.Kind == WordKind.Punct && p.Mark is ',' or '—' or '-') contentEnd = sf - 1;
            else return null;
        }
        var first = unit.First;
        while (first < contentEnd && IsLeadingMark(w[first])) first++;
        return contentEnd > first ? SourceAfterContent(w, unit, ChoiceKind.Before, first, contentEnd, cueFirst, cueEnd) : null;
    }

    /// <summary>The source of a content that precedes its cue: the phrase between them, else the one after the cue.</summary>
    private ContentChoice SourceAfterContent(Word[] w, Unit unit, ChoiceKind kind, int first, int end, int cueFirst, int cueEnd)
    {
        var lo = end;
        while (lo < cueFirst && w[lo].Kind == WordKind.Punct) lo++;
        var (sf, se) = lo < cueFirst ? SourceBefore(w, lo, cueFirst) : (-1, -1);
        if (sf < 0) (sf, se) = phrases.RightOf(w, cueEnd, unit.End);
        return new ContentChoice(kind, first, end, sf, se);
    }

    /// <summary>The subject phrase before the cue, over adverbs and auxiliaries ("Lavrov also said").</summary>
    private (int First, int End) SourceBefore(Word[] w, int lo, int cueFirst)
    {
        var k = cueFirst - 1;
        while (k >= lo && w[k].IsWord && Phrases.Skippable.Contains(w[k].Lower)) k--;
        if (k < lo) return (-1, -1);
        if (w[k].IsWord && w[k].Lower.EndsWith("'s", StringComparison.Ordinal)) return phrases.LeftOf(w, k, lo) is var (f, e) && f >= 0 ? (f, e) : (k, k + 1); // "Trump's latest effort"
        return phrases.LeftOf(w, k, lo);
    }

    /// <summary>The outer quotation of the sentence nearest to the cue, marks included.</summary>
    private static (int First, int End)? NearestQuote(Word[] w, Unit unit, int cueFirst, int cueEnd, int end)
    {
        (int, int)? best = null;
        var bestDistance = int.MaxValue;
        for (var k = unit.First; k < end; k++)
        {
            if (w[k].Quote < 0 || k >= cueFirst && k < cueEnd) continue;
            var q = w[k].Quote;
            var last = k;
            while (last + 1 < end && w[last + 1].Quote == q) last++;
            var distance = last < cueFirst ? cueFirst - last : k - cueEnd;
            if (distance < bestDistance) { bestDistance = distance; best = (k, last + 1); }
            k = last;
        }
        return best;
    }

    private static int SentenceEnd(Word[] w, Unit unit)
    {
        var end = unit.End;
        while (end > unit.First && (w[end - 1].IsBreak || w[end - 1].Kind == WordKind.Punct && w[end - 1].Quote < 0 && w[end - 1].Mark is '.' or '!' or '?' or ',' or ';' or ':')) end--;
        return end;
    }

    private static int ClauseEnd(Word[] w, int from, int end)
    {
        for (var k = from + 1; k < end; k++)
            if (w[k].Kind == WordKind.Punct && w[k].Quote < 0 && w[k].Mark is ',' or ';' or '—' or '(' or ':') return k;
        return end;
    }

    private static bool IsLeadingMark(Word x) => x.IsBreak || x.Kind == WordKind.Punct && x.Quote < 0 && x.Mark is ',' or ':' or '—' or '-' or ';';
}
