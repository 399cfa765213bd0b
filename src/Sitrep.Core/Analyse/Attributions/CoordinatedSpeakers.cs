using Sitrep.Documents;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// "Lavrov and Kerry said …", "Russia and Iran said …", "Both Putin and his Turkish counterpart Erdogan said …": a
/// source phrase that joins names speaks for each of them, so its reading becomes one attribution per name, each with
/// its own source span and entity. Before, the phrase resolved to one of them (the last person, or the first state),
/// and <c>search --said-by</c> never found the other speakers.
/// A phrase is split only where it is plainly a list of names:
///   * it is "A and B" or "A, B and C" (a leading "both" is dropped), or the last names of such a list whose first
///     names the source phrase left out;
///   * every conjunct ends in a name of the entities layer and is not a lone demonym, so "Syrian and Russian officials"
///     and "Syrian and Russian forces" stay one source;
///   * no name runs over a split point ("Bosnia and Herzegovina", "Ministry of Foreign Affairs and Expatriates");
///   * every conjunct resolves to a named speaker, and at least two of them differ.
/// PolNeAR annotates such a phrase as one source of one attribution (its annotation is univocal: a token takes part in
/// one attribution), so its scorer reads the split attributions as one again (<see cref="Joined"/>).
/// </summary>
public static class CoordinatedSpeakers
{
    /// <summary>The conjuncts [First, End) of the source phrase [<paramref name="first"/>, <paramref name="end"/>) and of
    /// the names listed just before it (<see cref="ListBefore"/>), or null when they are not a list of names.</summary>
    public static List<(int First, int End)>? Conjuncts(Word[] w, int first, int end, IReadOnlyList<EntityMention> entities, SpeakerResolver speakers, Phrases phrases)
    {
        if (first < end && w[first].Lower == "both") first++;
        var pieces = new List<(int First, int End)>();
        var and = false;
        var start = first;
        for (var k = first; k < end; k++)
        {
            if (w[k].Quote >= 0 || w[k].IsBreak) return null;
            if (w[k].IsWord && w[k].Lower == "and")
            {
                if (and) return null;                        // "A and B and C": too unusual to trust
                and = true;
            }
            else if (w[k].Mark != ',') continue;
            else if (and) return null;                       // "A and B, the minister, said": an apposition, not a list
            if (start < k) pieces.Add((start, k));           // "A, B, and C": no piece between the last comma and "and"
            start = k + 1;
        }
        if (start >= end) return null;
        pieces.Add((start, end));
        var (before, andBefore) = ListBefore(w, first, entities, and, phrases);
        pieces.InsertRange(0, before);
        if (!and && !andBefore || pieces.Count < 2) return null;
        foreach (var (f, e) in pieces)
        {
            if (NameAt(w, e - 1, entities) is not { } name || !speakers.CanSpeak(name)) return null;
            if (e - f == 1 && speakers.IsDemonym(w[f].Lower)) return null;                 // "Syrian and Russian forces"
            if (NameInPhrase(w, f, name)) return null;
            for (var k = f; k < e; k++) if (w[k].Kind == WordKind.Punct && w[k].Mark is not ('.' or '-' or '\'')) return null;   // "(TRT World and Agencies)"
        }
        if (InsideTitle(w, pieces[^2], entities) || OneUnknownName(w, pieces[^2], pieces[^1], entities)) return null;
        for (var p = 1; p < pieces.Count; p++)
            if (Straddles(w, pieces[p - 1].End, pieces[p].First, entities)) return null;
        return pieces;
    }

    /// <summary>"Minister for Foreign Affairs and Expatriates", "High Representative … for Foreign Affairs and Security
    /// Policy": an "and" after a name's "of" or "for" most often joins the parts of one title or body the entities layer
    /// did not know, so "A of B and C" is not split, unless B ends in a person named after the title ("Secretary of State
    /// John Kerry and …").</summary>
    private static bool InsideTitle(Word[] w, (int First, int End) left, IReadOnlyList<EntityMention> entities)
    {
        for (var k = left.First + 1; k < left.End - 1; k++)
        {
            if (!w[k].IsWord || w[k].Lower is not ("of" or "for") || !w[k + 1].Capitalised) continue;
            return NameAt(w, left.End - 1, entities) is not { Type: "PERSON" } person || person.Span.Start <= w[k + 1].Start;
        }
        return false;
    }

    /// <summary>"early results of exit polls conducted for the Associated Press and television networks": a conjunct
    /// that opens with a common noun and reaches its name through a preposition is a description of something else
    /// (a poll, a study), and the name is not its head.</summary>
    private static bool NameInPhrase(Word[] w, int first, EntityMention name)
    {
        if (w[first].Capitalised || w[first].Lower is "the" or "his" or "her" or "its" or "their") return false;
        for (var k = first; k < w.Length && w[k].Start < name.Span.Start; k++)
            if (w[k].IsWord && w[k].Lower is "of" or "for" or "by" or "in" or "at" or "from" or "with" or "on") return true;
        return false;
    }

    /// <summary>"United States Citizenship and Immigration Services", "Procter and Gamble": two names that neither the
    /// knowledge base nor the gazetteer knows, joined with no article before the second, are most often one body's name
    /// that the entities layer cut in two (PolNeAR dev).</summary>
    private static bool OneUnknownName(Word[] w, (int First, int End) left, (int First, int End) right, IReadOnlyList<EntityMention> entities)
    {
        static bool Unknown(EntityMention? e) => e is { Kb: null, Type: not ("PERSON" or "GPE") };
        return w[right.First].Capitalised && Unknown(NameAt(w, right.First, entities)) && Unknown(NameAt(w, left.End - 1, entities));
    }

    /// <summary>"Russia, [Turkey and Iran] said", "Hezbollah and [the Syrian army] said": the source phrase found before
    /// the cue stops at a comma or an "and", so the names listed before it are taken in, each one opening the sentence or
    /// following another comma, "and" or "both". "In Moscow, Russia and Iran said" keeps Moscow out (it follows "In").</summary>
    private static (List<(int First, int End)> Pieces, bool And) ListBefore(Word[] w, int first, IReadOnlyList<EntityMention> entities, bool phraseHasAnd, Phrases phrases)
    {
        var list = new List<(int First, int End)>();
        var and = false;
        for (var k = first; k >= 2;)
        {
            var separator = w[k - 1];
            var isAnd = separator.IsWord && separator.Lower == "and" && !phraseHasAnd && list.Count == 0;
            if (separator.Mark != ',' && !isAnd || separator.Quote >= 0) break;
            if (NameAt(w, k - 2, entities) is not { } name) break;
            var s = Word.FirstEndingAfter(w, name.Span.Start);
            // "Russian President Vladimir Putin and …": the titles before the name belong to its conjunct.
            if (phrases.LeftOf(w, k - 2, 0) is (>= 0, _) titled && titled.First < s) s = titled.First;
            if (s >= k - 1) break;
            var opens = s == 0 || w[s - 1].IsBreak || w[s - 1].Mark is '.' or '!' or '?' or ',' || w[s - 1].IsWord && w[s - 1].Lower is "and" or "both";
            if (!opens) break;
            list.Insert(0, (s, k - 1));
            and |= isAnd;
            k = s;
        }
        return (list, and);
    }

    /// <summary>The name of the entities layer that word <paramref name="k"/> ends or lies in (null: none). An unknown
    /// capitalised name counts ("de Mistura"): the stage still asks every conjunct to resolve to a named speaker.</summary>
    private static EntityMention? NameAt(Word[] w, int k, IReadOnlyList<EntityMention> entities)
    {
        if (!w[k].IsWord) return null;
        foreach (var e in entities)
            if (e.Type is "PERSON" or "ORG" or "GROUP" or "GPE" or "OTHER" && e.Span.Start < w[k].End && w[k].End <= e.Span.End) return e;
        return null;
    }

    /// <summary>Attributions that share their content and cue, read as one with the union of their sources: PolNeAR's view
    /// of a reading split by speaker.</summary>
    public static List<Attribution> Joined(IReadOnlyList<Attribution> attributions)
    {
        var joined = new List<Attribution>(attributions.Count);
        foreach (var a in attributions)
        {
            var at = joined.FindIndex(x => x.Content == a.Content && x.Cue == a.Cue);
            if (at < 0) { joined.Add(a); continue; }
            var x = joined[at];
            if (x.Source.IsEmpty || a.Source.IsEmpty) continue;
            joined[at] = x with { Source = new TextSpan(Math.Min(x.Source.Start, a.Source.Start), Math.Max(x.Source.End, a.Source.End)) };
        }
        return joined;
    }

    /// <summary>Whether a name starts before the split point (ending at word <paramref name="leftEnd"/>) and ends after it.</summary>
    private static bool Straddles(Word[] w, int leftEnd, int rightFirst, IReadOnlyList<EntityMention> entities)
    {
        int left = w[leftEnd - 1].End, right = w[rightFirst].Start;
        foreach (var e in entities)
            if (e.Span.Start < left && e.Span.End > right) return true;
        return false;
    }
}
