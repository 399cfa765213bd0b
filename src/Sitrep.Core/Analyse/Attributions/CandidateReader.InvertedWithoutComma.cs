namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "inverted without a comma": "Regime planes fired rockets on several parts of Douma said Rami Abdel Rahman director
/// of the Syrian Observatory", "… in western Aleppo said observatory head Rami Abdel Rahman." — a page stripped of its
/// punctuation (FA-KES); a name that ends the sentence or stands before its title cannot open what was said, so it is the
/// speaker and the words before the verb are the content (the town before the verb was read as the speaker, and the name
/// as what was said). "… said the spokesman.", "… said a monitoring group.", "… said the statement which did not …" and
/// "… said Abu Mohamed a vendor in …" are read the same way.
/// </summary>
public sealed partial class CandidateReader
{
    private Candidate? InvertedWithoutComma(string text, Word[] w, Unit u, int i, CueMatch m, int cueEnd)
    {
        if (m.Kind != CueKind.Speech || w[i].Lower is not ("said" or "says" or "added" or "reported" or "stated") || i - u.First < 4
            || IsBreakBefore(w, i - 1) || !w[i - 1].IsWord || w[i - 1].Quote >= 0 || Phrases.Pronouns.Contains(w[i - 1].Lower)) return null;
        if (NameClosingTheSentence(w, u, cueEnd) is not (>= 0 and var nf, var ne)) return null;
        var start = ContentStartBefore(w, u, i);
        return i - start >= 4 ? new Candidate(m.Kind, m.Strength, i, cueEnd, nf, ne, w[start].Start, TrimEnd(text, w[start].Start, w[i - 1].End), true) : null;
    }

    /// <summary>A person's name right after the cue, maybe after a lower-case title ("observatory head Rami Abdel Rahman"),
    /// of two capitalised words or more, that ends the unit or stands before a title word ("… director of …"), or "the" and
    /// a role ending the unit ("said the spokesman."); else (-1, -1).</summary>
    private (int, int) NameClosingTheSentence(Word[] w, Unit u, int from)
    {
        // "… with the gas said the spokesman.": a role with its determiner closing the sentence.
        if (from < u.End && w[from].IsWord && Phrases.Determiners.Contains(w[from].Lower) && w[from].Lower is "the" or "a" or "an")
        {
            // "… in the failed attack said the statement which did not provide any further details": or before its own
            // relative clause.
            var r = from + 1;
            while (r < u.End && r < from + 4 && w[r].IsWord && w[r].Quote < 0 && w[r].Lower is not ("which" or "who")) r++;
            var roleCloses = r >= u.End || w[r].Mark is '.' || w[r].IsBreak || w[r].IsWord && w[r].Lower is "which" or "who";
            return r > from + 1 && roleCloses && phrases.IsSourceWord(w[r - 1].Lower) ? (from, r) : (-1, -1);
        }
        // The title: up to three words ending in a lower-case role word ("observatory head", "Observatory director").
        var k = from;
        for (var t = from; t < u.End && t < from + 3 && w[t].IsWord && w[t].Quote < 0 && !Phrases.Determiners.Contains(w[t].Lower); t++)
            if (!w[t].Capitalised && phrases.IsSourceWord(w[t].Lower)) k = t + 1;
        var nameStart = k;
        while (k < u.End && w[k].IsWord && w[k].Capitalised && w[k].Quote < 0) k++;
        if (k - nameStart < 2) return (-1, -1);
        // "says President Barack Obama's executive actions …": a possessive name opens what was said.
        if (w[k - 1].Lower.EndsWith("'s", StringComparison.Ordinal) || w[k - 1].Lower.EndsWith("’s", StringComparison.Ordinal)) return (-1, -1);
        // "… is closed said Abu Mohamed a vendor in the Bustan al-Qasr neighborhood": or before an indefinite apposition.
        var closes = k >= u.End || w[k].Mark is '.' || w[k].IsBreak
            || k + 1 < u.End && w[k].IsWord && !w[k].Capitalised && phrases.IsSourceWord(w[k].Lower) && w[k + 1].Lower is "of" or "at" or "for"
            || k + 1 < u.End && w[k].IsWord && w[k].Lower is "a" or "an" && w[k + 1].IsWord && !w[k + 1].Capitalised;
        return closes ? (from, k) : (-1, -1);
    }
}
