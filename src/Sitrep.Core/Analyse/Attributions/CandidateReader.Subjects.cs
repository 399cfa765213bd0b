namespace Sitrep.Analyse.Attributions;

/// <summary>
/// The source side of <see cref="CandidateReader"/>: the subject of a cue verb (past adverbs, time words, parentheticals,
/// appositions and conjoined verbs) or the inverted phrase after it. Kept apart from the cue readers so that the learned
/// attributions (<see cref="Learned.LearnedAttributions"/>) find their sources the same way.
/// </summary>
public sealed partial class CandidateReader
{
    /// <summary>The source the rules read for a cue at [<paramref name="cueFirst"/>, <paramref name="cueEnd"/>) whose content
    /// lies before it (<paramref name="contentBefore"/>) or after it: the inverted phrase after the cue ("“…,” said Lavrov",
    /// "…, says the minister"), else the verb's subject (over adverbs, time words, parentheticals, conjoined verbs, PP
    /// tails), else — for content before the cue — the phrase after it. (-1, -1) when there is none. Exposed so the
    /// learned attributions find their source as the rules do (issue 5: word order alone gave the right source for 31%).</summary>
    public (int First, int End) SourceOf(Word[] w, Unit u, int cueFirst, int cueEnd, bool contentBefore)
    {
        while (cueEnd < u.End && cues.Match(w, cueEnd, k => k == CueKind.Extension) is { } ext) cueEnd += ext.Length;
        if (contentBefore && cueFirst > u.First && IsBreakBefore(w, cueFirst - 1))
        {
            var (rf, re) = phrases.RightOf(w, cueEnd, u.End, max: 8);
            if (rf >= 0 && (w[rf].Capitalised || Phrases.Determiners.Contains(w[rf].Lower) || w[rf].Lower is "he" or "she" or "they" || TitledName(w, rf, re))) return (rf, re);
        }
        // "Trump attacked Clinton on Monday, saying she …": a participle after a comma takes the clause's subject.
        if (cueFirst > u.First + 1 && CommaBefore(w, cueFirst) && w[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal)
            && SharedSubject(w, u, w[cueFirst - 1].Mark == ',' ? cueFirst - 1 : cueFirst - 2) is var (pf, pe) && pf >= 0) return (pf, pe);
        var (sf, se) = Subject(w, u, cueFirst);
        if (sf >= 0) return (sf, se);
        return contentBefore ? phrases.RightOf(w, cueEnd, u.End, max: 8) : (-1, -1);
    }

    /// <summary>The subject of the verb at <paramref name="i"/>: the phrase left of it, past adverbs and a parenthetical.</summary>
    private (int, int) Subject(Word[] w, Unit u, int i)
    {
        var j = i - 1;
        while (j >= u.First)
        {
            if (w[j].IsWord && Phrases.Skippable.Contains(w[j].Lower)) { j--; continue; }
            // "Tribal figures on Monday called for", "… early on Saturday announced": a date between subject and verb.
            if (DayPhraseEndingAt(w, j, u.First) is > 0 and var day) { j -= day; continue; }
            // Rule "time between subject and verb": "Feinstein last week said", "the ministry this month warned",
            // "Lavrov earlier this year said" (train misses: the time words were taken for the subject, so no source).
            if (TimeWordsEndingAt(w, j, u.First) is > 0 and var n) { j -= n; continue; }
            break;
        }
        // Rule "dash apposition": "Jason Sims — a teacher from Mount Pleasant — says …", "Gingrich — mentioned by Newsmax as
        // the leading choice — said …": the subject is the phrase before the opening dash (train misses: no subject found).
        if (j > u.First && w[j].Mark is '—' or '–' && w[j].Quote < 0)
        {
            for (var k = j - 1; k > u.First && k >= j - 30; k--)
            {
                if (w[k].Quote >= 0 || w[k].IsBreak || w[k].Mark is '.' or ';' or ':') break;
                if (w[k].Mark is not ('—' or '–')) continue;
                var (df, de) = phrases.LeftOf(w, k - 1, u.First);
                if (df >= 0 && df == ContentStartBefore(w, u, df + 1)) return (df, de);
                break;
            }
        }
        if (j >= u.First && w[j].Mark == ',')
        {
            // "Kerry, who is in Paris, told" / "Lavrov, speaking in Belgrade, said".
            // "Christopher Harvey, a delegate from Houston, Texas, said": when the sentence opens with a name and an
            // apposition with commas of its own, the subject is the opening phrase, not the word before the nearest comma.
            // Rule "such-as apposition": "officials overseeing the political process, such as Lavrov and Mikhail Bogdanov,
            // believe …" — the named examples speak, not the noun before the comma (seed 004 gave "process" as a source).
            for (var k = j - 1; k > u.First + 1 && k >= j - 12; k--)
            {
                if (w[k].Quote >= 0 || !w[k].IsWord && w[k].Mark != '-') break;
                if (w[k - 1].Mark != ',') continue;
                var opens = w[k].Lower is "including" or "like" ? k + 1 : w[k].Is("such") && k + 1 < j && w[k + 1].Is("as") ? k + 2 : -1;
                if (opens < 0 || opens >= j) break;
                var (nf, ne) = phrases.LeftOf(w, j - 1, opens);
                if (nf >= 0 && w[nf].Capitalised) return (nf, ne);
                break;
            }
            // Rule "long apposition": "Wilcox, whose education at the University of Tampa was paid for by the military because
            // he took part in the ROTC program, said …" — the opening name may lie up to 32 words back (20 lost train hits).
            (int, int) nearest = (-1, -1);
            var seen = false;
            for (var k = j - 1; k > u.First && k >= j - 32; k--)
            {
                if (w[k].Quote >= 0 || w[k].IsBreak) break;
                if (w[k].Mark != ',') continue;
                var (f, e) = phrases.LeftOf(w, k - 1, u.First);
                if (!seen) { nearest = f >= 0 ? (f, e) : (-1, -1); seen = true; }
                // Rule "apposition after a quotation": "“…,” Anne Richards, assistant secretary of state for population,
                // refugees, and migration, said" — the name opens the clause right after the quotation (train: no reading).
                if (f >= 0 && (f == ContentStartBefore(w, u, f + 1) || AfterQuotation(w, u, f)) && w[f].Capitalised && nearest.Item1 != f) return (f, e);
            }
            // Rule "stray comma": "Senate Armed Services ranking member Jack Reed (D-R.I.), said after a lunch …" — a
            // name opening the clause, then a comma and the verb (train: no reading). Not a participle: "Mr. Biden,
            // recalling weekly breakfasts with Mrs. Clinton, described himself …" is an apposition.
            if (!seen && !w[i].Lower.EndsWith("ing", StringComparison.Ordinal) && phrases.LeftOf(w, j - 1, u.First) is var (sf0, se0) && sf0 >= 0 && se0 == j && sf0 == ContentStartBefore(w, u, sf0 + 1)
                && w[sf0].Capitalised && (se0 - sf0 > 1 || !Phrases.Skippable.Contains(w[sf0].Lower))) return (sf0, se0);
            return nearest;
        }
        if (j < u.First || w[j].Quote >= 0) return (-1, -1);
        // "Rubio thanked Miami and said …", "The judge rubbed his chin, and then said …": a verb joined to an earlier
        // one shares its subject, the phrase opening the clause.
        if (w[j].Lower is "and" or "but" && j > u.First) return SharedSubject(w, u, j);
        (int First, int End) phrase = WithPrepositionalTail(w, u, phrases.LeftOf(w, j, u.First));
        // The clause may end in a word no phrase reads ("who asked not to be identified said").
        (int First, int End) clauseEnd = phrase.First >= 0 ? phrase : (j, j + 1);
        return RelativeClauseBefore(w, u, clauseEnd) is { First: >= 0 } head ? (head.First, clauseEnd.End) : phrase;
    }

    /// <summary>Rule "relative clause before the verb": "Syria Civil Defence workers who went to the site said …", "Officials
    /// who asked not to be named said …", "a Mexican official who was not authorized to speak publicly said …" — with no comma
    /// around the clause, the phrase left of the verb is the clause's last words ("the site"), and the source is the noun the
    /// clause hangs on, with the clause (FA-KES and PolNeAR: the object of the clause was the speaker). The head must be a
    /// name or a source word, and the clause short and unpunctuated.</summary>
    private (int First, int End) RelativeClauseBefore(Word[] w, Unit u, (int First, int End) phrase)
    {
        for (var k = phrase.First - 1; k > u.First && k >= phrase.First - 12; k--)
        {
            if (!w[k].IsWord || w[k].Quote >= 0 || w[k].IsBreak) return (-1, -1);
            if (w[k].Lower is not ("who" or "which")) continue;
            var (hf, he) = phrases.LeftOf(w, k - 1, u.First);
            if (hf < 0 || he != k) return (-1, -1);
            var named = w[he - 1].Capitalised || phrases.IsSourceWord(w[he - 1].Lower);
            return named && hf == ContentStartBefore(w, u, hf + 1) ? (hf, he) : (-1, -1);
        }
        return (-1, -1);
    }

    /// <summary>Whether word <paramref name="f"/> comes right after a quotation's closing mark ("“…,” Anne Richards").</summary>
    private static bool AfterQuotation(Word[] w, Unit u, int f) => f > u.First && w[f - 1].Quote >= 0 && w[f - 1].Kind == WordKind.Punct;

    /// <summary>Rule "subject with a prepositional phrase": "the Russian ceasefire monitoring center in Syria said" — when the
    /// phrase before the verb hangs on a preposition after a role or body word, the source is that head phrase with its
    /// tail, not the place or name after the preposition (the brief's failure: the source came out as "Syria"). Rule
    /// "place chain": "A spokesman at the hospital in Kafr Takharim in Idlib said", "Residents in eastern Aleppo said",
    /// "A contributor to The New Arab based in Aleppo reported" — the tail may hold several places, a direction word and
    /// "based" (FA-KES: 43 readings had one of five towns as their speaker).</summary>
    private (int, int) WithPrepositionalTail(Word[] w, Unit u, (int First, int End) phrase)
    {
        var (f, e) = phrase;
        if (f < 0) return phrase;
        // "… in northern Syria Al Mayadeen TV channel said": a phrase that names a speaker itself is no place to chain from.
        var namesItself = phrases.IsSourceWord(w[e - 1].Lower);
        var start = f;
        for (var hops = 0; start >= 0 && hops < 4; hops++)
        {
            var k = start - 1;
            while (k > u.First && w[k].IsWord && PlaceModifiers.Contains(w[k].Lower)) k--;
            if (k - 1 < u.First || !w[k].IsWord || w[k].Quote >= 0 || !TailPrepositions.Contains(w[k].Lower)) return phrase;
            var before = k - 1;
            if (w[before].IsWord && Phrases.PlaceParticiples.Contains(w[before].Lower) && before - 1 > u.First) before--;
            var (hf, he) = phrases.LeftOf(w, before, u.First);
            if (hf < 0 || he != before + 1) return phrase;
            // "the Directorate of Health in east Aleppo": a body word anywhere in the phrase, not only at its end.
            for (var x = hf; x < he; x++) if (w[x].IsWord && phrases.IsSourceWord(w[x].Lower)) return (hf, e);
            // A further hop goes only through a capitalised place or a phrase with a determiner ("the hospital in Kafr
            // Takharim in Idlib"), never from a phrase that names a speaker itself.
            if (namesItself || !w[hf].Capitalised && !Phrases.Determiners.Contains(w[hf].Lower)) return phrase;
            start = hf;
        }
        return phrase;
    }

    private static readonly HashSet<string> TailPrepositions = ["in", "at", "from", "for", "on", "of", "with", "inside", "near", "to"];

    private static readonly HashSet<string> PlaceModifiers =
    [
        "east", "eastern", "west", "western", "north", "northern", "south", "southern", "central", "rural", "rebel-held",
        "government-held", "regime-held", "opposition-held", "besieged", "neighbouring", "neighboring", "nearby",
    ];

    private static readonly HashSet<string> TimeUnits = ["week", "month", "year", "night", "weekend", "spring", "summer", "fall", "autumn", "winter", "morning", "evening", "afternoon"];

    /// <summary>How many words a time phrase ending at <paramref name="j"/> covers: "last week" (2), "earlier this month" (3),
    /// "Monday" (1, capitalised), "Monday night" (2); 0 when there is none.</summary>
    /// <summary>How many words a day phrase ending at <paramref name="j"/> covers, none before <paramref name="lo"/>: "on
    /// Monday", "last Friday" (2), "early on Saturday" (3, the adverb belongs to the date); 0 when there is none.</summary>
    internal static int DayPhraseEndingAt(Word[] w, int j, int lo)
    {
        // "The regime on July 22 announced …", "on 22 July", "in July": a date between the subject and its verb.
        if (j - 2 >= lo && IsDayNumber(w[j]) && IsMonth(w[j - 1]) && w[j - 2].Lower is "on") return 3;
        if (j - 2 >= lo && IsMonth(w[j]) && IsDayNumber(w[j - 1]) && w[j - 2].Lower is "on") return 3;
        if (j - 1 >= lo && IsMonth(w[j]) && w[j - 1].Lower is "in" or "on") return 2;
        if (j - 1 < lo || !w[j].Capitalised || !Weekdays.Contains(w[j].Lower) || w[j - 1].Lower is not ("on" or "last" or "this")) return 0;
        return j - 2 >= lo && w[j - 2].Lower is "early" or "late" ? 3 : 2;
    }

    /// <summary>A capitalised month ("May" too: the callers want "in", "on" or a day number beside it).</summary>
    private static bool IsMonth(Word x) => x.IsWord && x.Capitalised && (TrailingCircumstance.Months.Contains(x.Lower.TrimEnd('.')) || x.Lower == "may");

    private static bool IsDayNumber(Word x) => x.IsWord && x.Lower.Length is 1 or 2 && char.IsAsciiDigit(x.Lower[0]) && char.IsAsciiDigit(x.Lower[^1]);

    private static int TimeWordsEndingAt(Word[] w, int j, int lo)
    {
        if (j < lo || !w[j].IsWord) return 0;
        if (w[j].Capitalised && Weekdays.Contains(w[j].Lower)) return 1;
        if (!TimeUnits.Contains(w[j].Lower) || j - 1 < lo || !w[j - 1].IsWord) return 0;
        var before = w[j - 1];
        if (before.Capitalised && Weekdays.Contains(before.Lower)) return 2;                       // "Monday night"
        if (before.Lower is not ("last" or "this" or "next" or "that")) return 0;
        return j - 2 >= lo && w[j - 2].Lower is "earlier" or "later" or "late" or "early" ? 3 : 2;
    }

    /// <summary>The subject opening the clause that ends before the conjunction at <paramref name="and"/>: the longest
    /// phrase starting at the clause's first word, followed by a lower-case word (its verb).</summary>
    private (int, int) SharedSubject(Word[] w, Unit u, int and)
    {
        var start = u.First;
        for (var k = and - 1; k >= u.First && k >= and - 30; k--)
        {
            if (w[k].Quote >= 0 || w[k].IsBreak || w[k].Mark is ';' or ':' or '—') { start = k + 1; break; }
            if (k == u.First) { start = k; break; }
            if (k == and - 30) return (-1, -1);
        }
        while (start < and && !w[start].IsWord) start++;
        // "On Monday, Rubio thanked …": a leading circumstance before a comma is skipped.
        if (start < and && w[start].Lower is "on" or "in" or "at" or "after" or "during" or "earlier" or "later" or "then" or "meanwhile")
            for (var k = start + 1; k < and && k < start + 8; k++)
                if (w[k].Mark == ',') { start = k + 1; break; }
        // "Lavrov, Kerry and Zarif met in Geneva and said …": a list of names opening the clause is its subject.
        if (NameListEnd(w, start, and) is var listEnd and > 0) return (start, listEnd);
        var best = (-1, -1);
        for (var e = start; e < and && e < start + 8; e++)
        {
            if (!w[e].IsWord) break;
            var (f, end) = phrases.LeftOf(w, e, start);
            if (f == start && e + 1 < and && (w[e + 1].IsWord && !w[e + 1].Capitalised || ClosedApposition(w, e + 1, and))) best = (f, end);
        }
        return best;
    }

    /// <summary>The end of "A, B and C" opening at <paramref name="start"/> when a lower-case word (the verb) follows it
    /// before <paramref name="and"/>; -1 otherwise.</summary>
    private static int NameListEnd(Word[] w, int start, int and)
    {
        if (!w[start].IsWord || !w[start].Capitalised) return -1;
        var sawAnd = false;
        for (var k = start + 1; k < and && k < start + 16; k++)
        {
            if (w[k].Quote >= 0 || w[k].IsBreak) return -1;
            if (w[k].Mark == ',' || w[k].IsWord && w[k].Capitalised) continue;
            if (w[k].IsWord && w[k].Lower == "and" && !sawAnd) { sawAnd = true; continue; }
            return sawAnd && w[k].IsWord && w[k - 1].IsWord && w[k - 1].Capitalised ? k : -1;
        }
        return -1;
    }

    /// <summary>Rule "apposition before the first verb": "Gary Emineth, a former state party chairman, became a delegate and
    /// said …", "Lavrov, the foreign minister, arrived in Geneva and said …" — a comma after the opening name that a second
    /// comma closes before a lower-case word (the first verb): the name is still the subject (PolNeAR train: these "said"
    /// had no reading at all).</summary>
    private static bool ClosedApposition(Word[] w, int comma, int and)
    {
        if (w[comma].Mark != ',') return false;
        for (var k = comma + 2; k < and - 1 && k <= comma + 12; k++)
        {
            if (w[k].Quote >= 0 || w[k].IsBreak) return false;
            if (w[k].Mark == ',') return w[k + 1].IsWord && !w[k + 1].Capitalised && w[k + 1].Quote < 0 && w[k + 1].Lower is not ("and" or "who" or "which" or "whose");
        }
        return false;
    }
}
