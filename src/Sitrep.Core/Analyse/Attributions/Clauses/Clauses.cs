using System.Collections.Frozen;

namespace Sitrep.Analyse.Attributions.Clauses;

/// <summary>
/// A light clause-structure layer for content boundaries (issue 5: contents ran past the end of the reported clause), with no
/// parser and no model: a finite verb is read from word shape and a closed list of auxiliaries, a subject from an opening
/// pronoun, determiner, name or quantity, and clause openers from closed lists of subordinators. The readers use it to end a
/// content where a clause with its own subject starts ("X said the plan failed, and the minister resigned"), where the main
/// clause after a fronted subordinate one starts ("As Trump laid out his vision, the crowd cheered"), and before a
/// sentence-final apposition ("cited the Head Start program, the federally funded pre-school").
/// </summary>
public static class Clauses
{
    /// <summary>Auxiliaries and modals: finite whatever comes next.</summary>
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "does", "did", "do", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "doesn't", "don't", "didn't",
        "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "said", "says", "say", "told", "tells",
    }.ToFrozenSet();

    /// <summary>Common irregular past forms, which the -ed shape misses ("the mayor left", "the army took the town").</summary>
    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "left", "went", "took", "made", "got", "came", "gave", "found", "thought", "knew", "saw", "won", "lost", "ran", "began",
        "held", "kept", "met", "sent", "spent", "brought", "bought", "built", "fell", "felt", "stood", "wrote", "spoke", "chose",
        "drove", "rose", "grew", "became", "sought", "fought", "paid", "struck", "drew", "threw", "broke", "forgot",
        "meant", "heard", "sat", "sold", "taught", "understood", "woke", "wore", "withdrew", "overtook", "undertook", "shot",
    }.ToFrozenSet();

    /// <summary>Subordinators that make a clause opening a sentence a dependent one, so the main clause follows its comma.</summary>
    public static readonly FrozenSet<string> Subordinators = new[]
    {
        "as", "when", "while", "after", "although", "though", "if", "because", "since", "before", "once", "until", "whereas", "whenever",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Quantities = new[]
    {
        "more", "most", "many", "some", "few", "half", "nearly", "almost", "about", "roughly", "only", "just", "each", "every",
        "none", "neither", "either", "another", "no", "any", "much", "fewer", "less", "majority", "one-third", "two-thirds", "three-quarters",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> SubjectPronouns = new[] { "he", "she", "they", "we", "i", "you", "it", "there" }.ToFrozenSet();

    /// <summary>Not verbs though shaped like one: adjectives and nouns in -ed common in news.</summary>
    private static readonly FrozenSet<string> EdNonVerbs = new[]
    {
        "united", "armed", "related", "based", "red", "bed", "need", "speed", "seed", "feed", "weed", "breed", "hundred", "proceed",
        "indeed", "shed", "led", "bled", "fled", "sled", "wed", "naked", "wicked", "sacred", "kindred", "creed", "greed", "biased",
    }.ToFrozenSet();

    /// <summary>A clause with its own subject and finite verb opening at <paramref name="k"/> (before <paramref name="end"/>):
    /// "he resigned", "the minister has resigned", "Emanuel fired", "more than 4 in 10 said", "three-quarters said".</summary>
    public static bool SubjectThenVerb(Word[] w, int k, int end)
    {
        if (k >= end || !w[k].IsWord || w[k].Quote >= 0) return false;
        var first = w[k];
        if (SubjectPronouns.Contains(first.Lower) || Phrases.PronounContraction(first.Lower))
        {
            if (Phrases.PronounContraction(first.Lower)) return true;          // "he's", "they've"
            return k + 1 < end && IsFiniteAfterPronoun(w, SkipAdverbs(w, k + 1, end), end);
        }
        var name = first.Capitalised;
        if (!(name || Phrases.Determiners.Contains(first.Lower) || Quantities.Contains(first.Lower) || char.IsDigit(first.Lower[0])
              || first.Lower.EndsWith("'s", StringComparison.Ordinal))) return false;
        for (var j = k + 1; j < end && j <= k + 8; j++)
        {
            var x = w[j];
            if (!x.IsWord || x.Quote >= 0) return false;
            var l = x.Lower;
            if (Auxiliaries.Contains(l)) return true;
            if (x.Capitalised) { continue; }
            if (l is "and" or "or" or "but" or "that" or "who" or "which" or "whose" or "to" || Subordinators.Contains(l)) return false;
            if (Phrases.Skippable.Contains(l) && j + 1 < end && w[j + 1].IsWord && (Auxiliaries.Contains(w[j + 1].Lower) || IsPast(w, j + 1))) return true;
            if (IsPast(w, j)) return true;
            // "Emanuel fires", "Clinton leads": a lower-case -s word right after a name.
            if (name && AllCapitalised(w, k, j) && l.Length > 3 && l[^1] == 's' && !l.EndsWith("ss", StringComparison.Ordinal) && !l.EndsWith("'s", StringComparison.Ordinal)
                && !l.EndsWith("us", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool AllCapitalised(Word[] w, int from, int end)
    {
        for (var j = from; j < end; j++) if (!w[j].Capitalised && !(w[j].Kind == WordKind.Punct && w[j].Mark is '.' or '-')) return false;
        return true;
    }

    private static int SkipAdverbs(Word[] w, int k, int end)
    {
        while (k < end && w[k].IsWord && w[k].Quote < 0 && (w[k].Lower is "also" or "then" or "later" or "never" or "still" or "now" or "quickly" or "immediately"
                                                          || w[k].Lower.EndsWith("ly", StringComparison.Ordinal) && w[k].Lower.Length > 4)) k++;
        return k;
    }

    /// <summary>After a subject pronoun: an auxiliary, a past form or any lower-case -s word ("he says", "she appears").</summary>
    private static bool IsFiniteAfterPronoun(Word[] w, int k, int end)
    {
        if (k >= end || !w[k].IsWord || w[k].Quote >= 0 || w[k].Capitalised) return false;
        var l = w[k].Lower;
        return Auxiliaries.Contains(l) || IsPast(w, k) || l.Length > 2 && l[^1] == 's' && !l.EndsWith("ss", StringComparison.Ordinal)
               || l.EndsWith("'ll", StringComparison.Ordinal) || l is "think" or "want" or "know" or "believe" or "need" or "feel" or "like" or "hope" or "see" or "go" or "get";
    }

    /// <summary>An auxiliary or a speech verb ("has", "would", "said") at <paramref name="k"/>: with no subject before it, the
    /// verb of a predicate coordinated with the one before.</summary>
    public static bool IsAuxiliary(Word[] w, int k) => w[k].IsWord && !w[k].Capitalised && w[k].Quote < 0 && Auxiliaries.Contains(w[k].Lower);

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) holds a finite verb: an auxiliary or a past form.</summary>
    public static bool HasFiniteVerb(Word[] w, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (w[k].IsWord && w[k].Quote < 0 && (Auxiliaries.Contains(w[k].Lower) || IsPast(w, k))) return true;
        return false;
    }

    /// <summary>A lower-case past form not directly after a determiner ("fired", not "the armed groups").</summary>
    public static bool IsPast(Word[] w, int k)
    {
        var x = w[k];
        if (!x.IsWord || x.Capitalised || x.Quote >= 0) return false;
        if (k > 0 && w[k - 1].IsWord && (Phrases.Determiners.Contains(w[k - 1].Lower) || w[k - 1].Lower is "more" or "most" or "very" or "less")) return false;
        if (IrregularPast.Contains(x.Lower)) return true;
        // "so-called", "well-placed" are adjectives.
        return x.Lower.Length >= 5 && x.Lower.EndsWith("ed", StringComparison.Ordinal) && !EdNonVerbs.Contains(x.Lower) && !x.Lower.Contains('-');
    }

    /// <summary>The cue at <paramref name="cue"/> sits in a clause opened by a subordinator at the start of its sentence with
    /// no comma between them ("As Trump laid out his vision, …", "If she wanted to join …, she could …"), so the main clause
    /// after that clause's comma is the writer's, not the claim.</summary>
    public static bool InFrontedSubordinate(Word[] w, Unit u, int cue)
    {
        // The clause opens at the sentence start, after a colon ("… off the legal hook: while Comey talked about …, he …"),
        // or after a short sentence adverbial and its comma ("For example, if …", "However, while …").
        var k = u.First;
        for (var j = cue - 1; j > u.First; j--)
        {
            if (w[j].Quote >= 0 || w[j].Kind != WordKind.Punct) continue;
            if (w[j].Mark == ':' || w[j].Mark == ',' && j - u.First <= 3) { k = j + 1; break; }
            if (w[j].Mark is ',' or ';' or '—' or '(') return false;
        }
        while (k < cue && !w[k].IsWord) { if (w[k].Quote >= 0) return false; k++; }
        if (k < cue && w[k].Lower is "but" or "and" or "yet" or "so") k++;
        if (k >= cue || !w[k].IsWord || w[k].Quote >= 0 || !Subordinators.Contains(w[k].Lower)) return false;
        if (w[k].Lower == "as" && k + 1 < cue && w[k + 1].Lower is "well" or "a" or "an" or "of" or "for" or "many" or "much" or "part") return false;
        for (var j = k + 1; j < cue; j++)
            if (w[j].Quote >= 0 || w[j].Kind == WordKind.Punct && w[j].Mark is ',' or ';' or ':' or '—' or '(') return false;
        return true;
    }

    private static bool RelativeBefore(Word[] w, int from, int j)
    {
        for (var i = from; i < j; i++) if (w[i].Lower is "that" or "which" or "who" or "whom" or "whose") return true;
        return false;
    }

    private static readonly FrozenSet<string> AppositionOpeners = new[] { "a", "an", "the" }.ToFrozenSet();

    /// <summary>", a plan the billionaire has modified since", ", the federally funded pre-school" running to the end of the
    /// sentence: a noun phrase after a comma with no verb of its own before the end is the writer's apposition on the last
    /// noun, not more of the claim.</summary>
    public static bool FinalApposition(Word[] w, int comma, int end)
    {
        var k = comma + 1;
        if (k >= end || !w[k].IsWord || w[k].Quote >= 0 || !AppositionOpeners.Contains(w[k].Lower)) return false;
        for (var j = k + 1; j < end; j++)
        {
            var x = w[j];
            if (x.Quote >= 0) continue;
            if (x.Kind == WordKind.Punct && x.Mark is ',' or ';' or ':' or '—' or '(') return false;
            if (!x.IsWord) continue;
            // "…, the minister said" is another attribution; "…, the plan would fail" a clause of the claim.
            // A verb within a few words ("the plan would fail", "the top diplomat said") makes a clause; a later one sits in a
            // relative clause of the apposition ("a plan the billionaire has modified").
            if (Auxiliaries.Contains(x.Lower) && j <= k + 4 && !RelativeBefore(w, k, j)) return false;
        }
        return true;
    }

    private static readonly FrozenSet<string> Relatives = new[] { "who", "whom", "whose", "which", "where" }.ToFrozenSet();

    /// <summary>Subordinators that open a clause of their own even without a comma ("… at a rally when he told …").</summary>
    private static readonly FrozenSet<string> BareSubordinators = new[] { "because", "when", "while", "although", "though", "whereas", "unless", "as", "after", "before", "since", "until" }.ToFrozenSet();

    /// <summary>What kind of clause boundary, if any, starts at word <paramref name="k"/> (a mark or a word, outside
    /// quotations): the learned content chooser is offered contents that end there and sees the kind as a feature.</summary>
    public static ClauseCut CutAt(Word[] w, int k, int end)
    {
        if (k >= end || w[k].Quote >= 0) return ClauseCut.None;
        var x = w[k];
        if (x.Kind == WordKind.Punct)
        {
            if (x.Mark is ';' or '—' or '–' or '(' or ':') return ClauseCut.Mark;
            if (x.Mark != ',' || k + 1 >= end || !w[k + 1].IsWord || w[k + 1].Quote >= 0) return ClauseCut.None;
            var n = w[k + 1].Lower;
            if (n is "and" or "but" or "yet" or "so") return SubjectThenVerb(w, k + 2, end) ? ClauseCut.CommaAndSubject : ClauseCut.None;
            if (Relatives.Contains(n)) return ClauseCut.Relative;
            if (Subordinators.Contains(n) || n is "whereas" or "unless" or "even") return ClauseCut.Subordinate;
            if (n.Length > 4 && n.EndsWith("ing", StringComparison.Ordinal) && !w[k + 1].Capitalised) return ClauseCut.Participle;
            if (SubjectThenVerb(w, k + 1, end)) return ClauseCut.CommaSubject;
            if (FinalApposition(w, k, end)) return ClauseCut.Apposition;
            return ClauseCut.None;
        }
        if (!x.IsWord || x.Capitalised) return ClauseCut.None;
        if (x.Lower is "and" or "but") return SubjectThenVerb(w, k + 1, end) ? ClauseCut.AndSubject : ClauseCut.None;
        if (BareSubordinators.Contains(x.Lower))
            return x.Lower is "because" or "although" or "though" or "whereas" or "unless" || SubjectThenVerb(w, k + 1, end) ? ClauseCut.BareSubordinate : ClauseCut.None;
        return ClauseCut.None;
    }

    /// <summary>The first clause boundary after <paramref name="from"/> and before <paramref name="end"/> (or <paramref name="end"/>).</summary>
    public static int NextCut(Word[] w, int from, int end, out ClauseCut kind)
    {
        for (var k = from + 1; k < end; k++)
            if ((kind = CutAt(w, k, end)) != ClauseCut.None) return k;
        kind = ClauseCut.None;
        return end;
    }
}

/// <summary>The kinds of clause boundary <see cref="Clauses.CutAt"/> tells apart.</summary>
public enum ClauseCut : byte { None, Mark, CommaAndSubject, CommaSubject, Relative, Subordinate, Participle, Apposition, AndSubject, BareSubordinate }
