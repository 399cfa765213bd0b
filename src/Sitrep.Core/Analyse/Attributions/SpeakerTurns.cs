namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "speaker turns": interview and debate transcripts give every turn its own paragraph, opened by the speaker's
/// label and a colon:
/// <code>
/// The exchange went as follows:
/// WALLACE: Will you accept the result?
/// PENCE: We will accept the result of the election.
/// Q: What did you find?   A: My parents were gone.
/// </code>
/// Each turn is an attribution of its own (cue the colon, source the label, content the rest of the paragraph) — not
/// one content of "follows:" or "told the paper:" spanning the whole transcript, and not nothing ("Q"/"A" are not
/// names, so the headline rule of <see cref="CandidateReader"/> leaves them). A label is "Q", "A" or one to three
/// words in capitals ("JOEL BENENSON"), after the quote mark that opens each paragraph of a transcript quoted whole;
/// one such paragraph could be a shouted headline ("BREAKING: …"), so a page
/// needs <see cref="MinTurns"/> of them to be read as a transcript.
/// </summary>
public static class SpeakerTurns
{
    private const int MinTurns = 2;
    private const int MaxLabelWords = 3;

    /// <summary>One turn: the label words [<see cref="LabelFirst"/>, <see cref="Colon"/>), the colon, and the content
    /// [<see cref="ContentFirst"/>, <see cref="ContentEnd"/>) in word indexes (the rest of the paragraph).</summary>
    public readonly record struct Turn(int LabelFirst, int Colon, int ContentFirst, int ContentEnd);

    /// <summary>Words in capitals before a colon that announce rather than speak ("UPDATE: …", "WATCH: …").</summary>
    private static readonly HashSet<string> NotLabels =
    [
        "update", "updated", "watch", "exclusive", "breaking", "video", "photo", "photos", "note", "editor", "correction",
        "related", "read", "more", "source", "sources", "warning", "live", "listen", "see", "also", "via", "poll", "report",
    ];

    public static List<Turn> Find(string text, Word[] w)
    {
        var turns = new List<Turn>();
        for (var k = 0; k < w.Length; k++)
        {
            if (k > 0 && !w[k - 1].IsBreak) continue;
            if (TurnAt(text, w, k) is { } t) { turns.Add(t); k = t.ContentEnd - 1; }
        }
        return turns.Count >= MinTurns ? turns : [];
    }

    private static Turn? TurnAt(string text, Word[] w, int first)
    {
        // "\"WALLACE: …⏎\"PENCE: …": a transcript quoted over several paragraphs opens each turn with a quote mark.
        if (w[first].Kind == WordKind.Punct && w[first].Mark is '"' or '“' or '\'') first++;
        var k = first;
        while (k < w.Length && k - first < MaxLabelWords && w[k].IsWord && IsLabelWord(text, w[k])) k++;
        if (k == first || k >= w.Length || w[k].Mark != ':' || k - first == 1 && NotLabels.Contains(w[first].Lower)) return null;
        // "Q" and "A" are the only one-letter labels: "I: …" or "U.S.: …" are not turns.
        if (k - first == 1 && w[first].End - w[first].Start == 1 && w[first].Lower is not ("q" or "a")) return null;
        var from = k + 1;
        var end = from;
        while (end < w.Length && !w[end].IsBreak) end++;
        var words = 0;
        for (var j = from; j < end && words < 2; j++) if (w[j].IsWord) words++;
        return words < 2 ? null : new Turn(first, k, from, end);
    }

    /// <summary>A word in capitals ("WALLACE", "MR.", "Q").</summary>
    private static bool IsLabelWord(string text, Word word)
    {
        var letters = 0;
        for (var i = word.Start; i < word.End; i++)
        {
            var c = text[i];
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 0;
    }
}
