namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "trailing circumstance" (issue 5, content extent): the object of a stance verb ends where a circumstance of the
/// report itself closes it — "endorsed Cruz last week", "defended his endorsement on his radio show", "denied the charges
/// through his lawyer", "praised Obama's presidency in an interview" → "Cruz", "his endorsement", … PolNeAR leaves the time,
/// the medium and the go-between out of the content (train gold: a cut at such a circumstance fits 41 stance objects and
/// breaks 16, nearly all of which go on past it with "over …", "for …", "when …" or "that …"; so the circumstance must end
/// the object). Generic tail cuts lost hits, so only time words, dated prepositions and prepositions before a known
/// setting noun open a circumstance here, and only for verb cues (a noun cue keeps it: "attacks against Rubio in
/// Saturday's debate"). Measured, rules only: train hits 12826 → 12838, dev 1364 → 1366.
/// </summary>
public static class TrailingCircumstance
{
    private static HashSet<string> Weekdays => CandidateReader.Weekdays;

    internal static readonly HashSet<string> Months =
    [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ];

    private static readonly HashSet<string> TimeNouns = ["week", "month", "year", "weekend", "summer", "fall", "spring", "winter", "night", "morning", "evening", "afternoon"];

    private static readonly HashSet<string> Settings =
    [
        "interview", "interviews", "statement", "speech", "debate", "tweet", "tweets", "twitter", "facebook", "radio", "show", "conference",
        "rally", "rallies", "event", "hearing", "meeting", "lawyer", "lawyers", "spokesman", "spokeswoman", "spokesperson", "attorney",
        "op-ed", "letter", "appearance", "post", "email", "call", "program", "programme", "forum", "town", "stump", "trail", "floor",
        "breakfast", "luncheon", "dinner", "convention", "broadcast", "podcast", "video", "memo",
    ];

    private static readonly HashSet<string> SettingPrepositions = ["in", "during", "at", "on", "through", "via"];

    /// <summary>Words that carry the object on past a circumstance ("attacked Trump on Monday over his taxes"): when one
    /// follows, the circumstance sits inside the content and nothing is cut.</summary>
    private static readonly HashSet<string> GoesOn =
    [
        "over", "for", "when", "that", "as", "who", "which", "because", "about", "after", "before", "while", "with", "to", "of",
        "and", "or", "but", "if", "where", "since", "until",
    ];

    /// <summary>The end of the object [<paramref name="from"/>, <paramref name="end"/>) without a circumstance that closes it;
    /// <paramref name="end"/> when there is none, or when the object would be empty.</summary>
    public static int Cut(Word[] w, int from, int end)
    {
        for (var k = from + 1; k < end; k++)
        {
            if (w[k].Quote >= 0 || !w[k].IsWord) continue;
            // "regret for joining hosts who doubted the polls in 2012": past a relative the circumstance belongs to its verb.
            if (w[k].Lower is "who" or "which" or "that" or "whose" or "where" or "when") return end;
            if (w[k - 1].Quote >= 0 && k - 1 == from) continue;
            var length = Opens(w, k, end);
            if (length == 0) continue;
            return RestIsCircumstance(w, k + length, end) ? k : end;
        }
        return end;
    }

    /// <summary>Verbs of saying that PolNeAR annotates with a noun-phrase object ("mentioned immigration at every rally",
    /// "denied the charges through his lawyer", "announced his candidacy on Monday").</summary>
    private static readonly HashSet<string> NounObjectVerbs =
    [
        "mentioned", "mentions", "mention", "mentioning", "cited", "cites", "citing", "denied", "denies", "denying", "announced", "announces",
        "acknowledged", "acknowledges", "discussed", "raised", "raises", "referred", "refers", "referring", "talked", "talks", "spoke",
        "criticized", "criticised", "condemned", "condemns", "blamed", "blames", "praised", "welcomed", "confirmed", "revealed",
    ];

    private static readonly HashSet<string> ClauseWords =
    [
        "that", "he", "she", "they", "we", "i", "it", "you", "there", "to", "as", "after", "since", "before", "how", "what", "why", "whether", "if", "who", "when", "where",
        "is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could", "should", "did", "does", "do", "may", "might", "must",
    ];

    /// <summary>The same cut for a verb of saying at <paramref name="cue"/> whose content [<paramref name="from"/>,
    /// <paramref name="end"/>) is a noun phrase: no "that", subject pronoun, infinitive or auxiliary before the circumstance.</summary>
    public static int CutNounObject(Word[] w, int cue, int from, int end)
    {
        if (!NounObjectVerbs.Contains(w[cue].Lower) || from >= end || w[from].Quote >= 0) return end;
        var cut = Cut(w, from, end);
        for (var k = from; k < cut; k++)
            if (w[k].Quote >= 0 || w[k].IsWord && ClauseWords.Contains(w[k].Lower)) return end;
        return cut;
    }

    /// <summary>The length of the circumstance opening at <paramref name="k"/>: "last week", "on Monday", "Wednesday",
    /// "in December", "in late May", "in 2012", "earlier this month", "yesterday", "in an interview", "on his radio show",
    /// "through a spokeswoman"; 0 when none opens there.</summary>
    internal static int Opens(Word[] w, int k, int end)
    {
        var x = w[k].Lower;
        string At(int j) => j < end && w[j].IsWord && w[j].Quote < 0 ? w[j].Lower : "";
        if (Weekdays.Contains(x) || x is "yesterday" or "today" or "tonight") return 1;
        if (x is "last" or "this" or "next" or "earlier" && (TimeNouns.Contains(At(k + 1)) || Weekdays.Contains(At(k + 1)) || Months.Contains(At(k + 1))))
            return 2;
        if (x is "earlier" && At(k + 1) is "this" && TimeNouns.Contains(At(k + 2))) return 3;
        if (x is "in" or "on" or "during" or "since" or "until")
        {
            var j = k + 1;
            if (At(j) is "early" or "late" or "mid") j++;
            var y = At(j);
            if (Months.Contains(y) || Weekdays.Contains(y) || y is "may" && j > k + 1 || y.Length == 4 && y.All(char.IsDigit)) return j - k + 1;
        }
        if (SettingPrepositions.Contains(x))
            for (var j = k + 1; j < end && j <= k + 4; j++)
            {
                var y = At(j);
                if (y == "") break;
                if (Settings.Contains(y)) return j - k + 1;
            }
        return 0;
    }

    /// <summary>True when [<paramref name="k"/>, <paramref name="end"/>) is only more circumstance: a few words (the rest
    /// of "on his regular radio call-in show", "in an interview published Saturday") with nothing that carries the object on.</summary>
    private static bool RestIsCircumstance(Word[] w, int k, int end)
    {
        if (end == k) return true;
        // "proposed a steep levy last year on the most polluting generators": a second circumstance may follow, but any
        // other run of words longer than "published Saturday" or "call-in show" is more of the object.
        if (Opens(w, k, end) is > 0 and var more) return RestIsCircumstance(w, k + more, end);
        if (end - k > 3) return false;
        for (var j = k; j < end; j++)
            if (w[j].Quote >= 0 || !w[j].IsWord && w[j].Mark is not ('-' or '\'' or '.') || GoesOn.Contains(w[j].Lower)) return false;
        return true;
    }
}
