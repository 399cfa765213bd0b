namespace Sitrep.Analyse.Attributions;

/// <summary>A stretch of words read as one reporting sentence: [<see cref="First"/>, <see cref="End"/>) word indexes.</summary>
public readonly record struct Unit(int First, int End);

/// <summary>
/// Cuts the words into reporting sentences. Unlike a plain sentence splitter it keeps together what one
/// attribution spans:
///   * a quotation is never cut, however many sentences or paragraphs it holds ("“A. B.” he said");
///   * a quotation ending a sentence ("…ongoing.” he added") ends the unit only when no cue follows;
///   * a paragraph ending in a colon or comma joins the next one when that opens with a quotation
///     ("According to the Russian Defence Ministry,⏎⏎“The first convoy …”"), and a paragraph ending in a colon
///     joins the next one even without marks (block quotes whose markup the scraper dropped).
/// </summary>
public static class Units
{
    public static List<Unit> Split(Word[] words, CueLexicon cues)
    {
        var units = new List<Unit>();
        var first = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            bool cut;
            if (w.IsBreak) cut = w.Quote < 0 && !JoinsNextParagraph(words, i);
            else if (w.Quote >= 0) cut = false;
            else if (w.Mark is '.' or '!' or '?') cut = NextStartsSentence(words, i + 1);
            else if (InitialsEndSentence(words, i)) cut = true;
            else if (w.Kind == WordKind.Punct && i > 0 && words[i - 1].Quote >= 0 && w.Quote < 0 && IsQuoteMark(w.Mark)) cut = false;
            else cut = false;
            // A quotation whose last sentence ended inside it: “… ongoing.” He added → one unit; “… ongoing.” The army … → two.
            if (!cut && w.Quote >= 0 && (i + 1 >= words.Length || words[i + 1].Quote != w.Quote) && EndsSentenceInside(words, i)
                && i + 1 < words.Length && words[i + 1].IsWord && words[i + 1].Capitalised && !CueSoon(words, i + 1, cues))
                cut = true;
            if (!cut) continue;
            if (w.IsBreak) { if (i > first) units.Add(new Unit(first, i)); }
            else units.Add(new Unit(first, i + 1));
            first = i + 1;
        }
        if (first < words.Length) units.Add(new Unit(first, words.Length));
        return units;
    }

    /// <summary>Rule "initials end a sentence": "… terrorist attacks in the U.S. He says Americans …" — the splitter keeps the
    /// dot of "U.S." in the word, so no mark ends the sentence; a sentence-opening pronoun or article after it does (train:
    /// the next sentence's cue took both sentences as its content).</summary>
    private static bool InitialsEndSentence(Word[] words, int i)
    {
        var w = words[i];
        if (!w.IsWord || w.Quote >= 0 || w.Lower.Length < 4 || w.Lower[^1] != '.' || w.Lower.IndexOf('.') == w.Lower.Length - 1) return false;
        if (i + 1 >= words.Length || !words[i + 1].IsWord || !words[i + 1].Capitalised || words[i + 1].Quote >= 0) return false;
        return words[i + 1].Lower is "he" or "she" or "they" or "it" or "we" or "i" or "the" or "but" or "this" or "that" or "his" or "her" or "their" or "in" or "a" or "and" or "there";
    }

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '\'';

    private static bool JoinsNextParagraph(Word[] words, int brk)
    {
        if (brk == 0 || brk + 1 >= words.Length) return false;
        var last = words[brk - 1];
        var next = words[brk + 1];
        if (last.Mark == ':') return true;
        return last.Mark == ',' && next.Quote >= 0;
    }

    private static bool NextStartsSentence(Word[] words, int i)
    {
        while (i < words.Length && words[i].Kind == WordKind.Punct && words[i].Mark is ')' or ']') i++;
        if (i >= words.Length) return true;
        var w = words[i];
        if (w.IsBreak) return false;                     // the break cuts on its own
        if (w.Kind == WordKind.Punct) return w.Quote >= 0 || w.Mark is '(' or '[' or '—' or '-';
        return w.Capitalised || char.IsDigit(w.Lower[0]);
    }

    private static bool EndsSentenceInside(Word[] words, int closing)
    {
        for (var k = closing - 1; k >= 0 && k >= closing - 2; k--)
            if (words[k].Mark is '.' or '!' or '?') return true;
        return false;
    }

    /// <summary>A reporting verb within the next few words: "… ongoing.” Lavrov said" continues the unit.</summary>
    private static bool CueSoon(Word[] words, int from, CueLexicon cues)
    {
        for (var k = from; k < words.Length && k < from + 6; k++)
        {
            if (!words[k].IsWord) return false;
            // "… ongoing.” Lavrov said." continues; "… ongoing.” He said the FBI …" is a new sentence.
            if (cues.Match(words, k, c => c is CueKind.Speech or CueKind.Tell or CueKind.Passive) is { Strength: >= 3 } m)
            {
                var after = k + m.Length;
                while (after < words.Length && cues.Match(words, after, c => c == CueKind.Extension) is { } ext) after += ext.Length;
                return after >= words.Length || words[after].Mark is '.' or ',' or '!' or '?' || words[after].IsBreak;
            }
        }
        return false;
    }
}
