namespace Sitrep.Analyse.Attributions;

/// <summary>
/// The headline readers of <see cref="CandidateReader"/>: "Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP" and
/// title-case lines ("Rubio Says Leaving The Deal Was A Sign Of Strength"), with the section labels and openers that
/// make no speaker.
/// </summary>
public sealed partial class CandidateReader
{
    /// <summary>Capitalised labels that open a line without naming a speaker ("UPDATE:", "Read more:", "The Latest:").</summary>
    private static readonly HashSet<string> NotSpeakers =
    [
        "update", "updated", "watch", "exclusive", "breaking", "video", "videos", "photo", "photos", "opinion", "analysis",
        "note", "editor", "editors", "live", "read", "more", "related", "source", "sources", "warning", "correction", "q", "a", "contributing",
        "poll", "report", "review", "fact", "check", "transcript", "audio", "listen", "see", "also", "full", "text", "timeline",
        "latest", "previously", "email", "e-mail", "paid", "online", "short", "stat", "deaths", "scoreboard", "quote", "quotes",
    ];

    /// <summary>"Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP" — a headline or paragraph opening with a name and a
    /// colon gives the words after the colon to that name (the headline style of news sites).</summary>
    private static Candidate? ReadHeadline(string text, Word[] w, Unit u)
    {
        if (u.First > 0 && !w[u.First - 1].IsBreak) return null;
        var k = u.First;
        while (k < u.End && k < u.First + 5 && w[k].IsWord && w[k].Capitalised && w[k].Quote < 0 && !NotSpeakers.Contains(w[k].Lower)) k++;
        if (k == u.First || k >= u.End - 2 || w[k].Mark != ':') return null;
        var from = k + 1;
        while (from < u.End && !w[from].IsWord && w[from].Quote < 0) from++;
        if (from >= u.End) return null;
        // Rule "speaker turn runs to the paragraph end": "CLINTON: This is a man who said … . He's now running them. …" —
        // the words after a speaker's colon are all the speaker's, however many sentences the paragraph holds (train:
        // contents stopped at the first sentence).
        var last = u.End;
        while (last < w.Length && !w[last].IsBreak) last++;
        var end = TrimEnd(text, w[from].Start, w[last - 1].End);
        if (end - w[from].Start < 10) return null;
        return new Candidate(CueKind.Speech, 2, k, k + 1, u.First, k, w[from].Start, end, false);
    }

    /// <summary>Rule "title-case headline": "Rubio Says Leaving The Deal Was A Sign Of Strength", "Judge Blocks Mississippi
    /// Law" — in a headline line whose words are capitalised, a capitalised reporting verb is a cue: the words before it are
    /// the source and the rest of the line the content (train misses: capitalised words are otherwise never cues).</summary>
    private Candidate? ReadTitleCaseHeadline(string text, Word[] w, Unit u)
    {
        if (u.First > 0 && !w[u.First - 1].IsBreak) return null;
        int words = 0, capitals = 0;
        for (var k = u.First; k < u.End; k++)
        {
            if (w[k].IsBreak) return null;
            if (!w[k].IsWord || w[k].Quote >= 0) continue;
            words++;
            if (w[k].Capitalised || char.IsDigit(w[k].Lower[0])) capitals++;
        }
        if (words < 4 || words > 25 || capitals * 10 < words * 8 || u.First > 0 && w[u.End - 1].Mark == '.' && u.End - 2 >= 0 && w[u.End - 2].Quote < 0) return null;
        for (var i = u.First + 1; i < u.End - 1; i++)
        {
            if (!w[i].IsWord || w[i].Quote >= 0 || !w[i].Capitalised) continue;
            if (cues.Match(w, i, k => k is CueKind.Speech or CueKind.Tell or CueKind.Stance) is not { } m || m.Strength < 1) continue;
            var sourceEnd = i;
            if (!w[u.First].IsWord || !w[u.First].Capitalised) return null;
            // Rule "clickbait headline": "Trump Just Responded To …", "If You’re Not Voting for Trump, …", "Clinton Speech
            // Skewered By Fiorina" — an adverb or auxiliary before the verb, a subordinate opener or a passive "By" after it
            // is no "Name Says …" headline (train: most of the title-line false positives).
            // "Rick Perry Just Announced …", "Donald Trump Finally Endorses …": the adverb belongs to the cue, not the source.
            while (sourceEnd - 1 > u.First && w[sourceEnd - 1].Lower is "just" or "finally" or "once" or "fully" or "never" or "also" or "reportedly" or "now") sourceEnd--;
            if (HeadlineNotSource.Contains(w[sourceEnd - 1].Lower) || HeadlineOpeners.Contains(w[u.First].Lower)
                || i + m.Length < u.End && w[i + m.Length].Is("by")) return null;
            for (var k = u.First; k < sourceEnd; k++) if (!w[k].IsWord && w[k].Mark is not ('\'' or '-' or '.')) return null;
            var from = i + m.Length;
            while (from < u.End && !w[from].IsWord && w[from].Quote < 0) from++;
            if (from >= u.End) return null;
            var end = TrimEnd(text, w[from].Start, w[u.End - 1].End);
            if (end - w[from].Start < 5) return null;
            return new Candidate(m.Kind == CueKind.Tell ? CueKind.Tell : CueKind.Speech, 2, sourceEnd, i + m.Length, u.First, sourceEnd, w[from].Start, end, false);
        }
        return null;
    }

    private static readonly HashSet<string> HeadlineNotSource =
    [
        "will", "not", "have", "has", "had", "may", "might", "can", "could", "would", "should",
        "final", "this", "that", "who", "is", "are", "was", "were", "be", "been", "got",
    ];

    private static readonly HashSet<string> HeadlineOpeners = ["if", "after", "right", "look", "how", "why", "what", "when", "watch", "here's", "this", "these"];
}
