namespace Sitrep.Analyse.Events;

/// <summary>What a sentence reports, by the lexicon: the best type, its score, the phrase that says it.</summary>
public sealed record TypedSentence(string Type, string Category, string? Subtype, double Score, int TriggerFirst, int TriggerLast, double RunnerUpScore);

/// <summary>
/// Types a sentence by summing the weights of the lexicon phrases it contains, per type. A conditional phrase counts
/// only when its cue groups are present ("hit" says AIR_STRIKE only next to "warplanes"; "tear gas" says
/// PROTEST_WITH_INTER only in a protest) or come before it ("captured" by government troops regains territory, by
/// rebels overtakes it). Each row counts once per sentence (ten "protesters" are one cue), and
/// beyond the strongest phrase of a type, the others count half.
/// </summary>
public sealed class EventTyper(EventLexicon lexicon, EventTypeTable types)
{
    /// <summary>Below this, a sentence reports no event (one weak word is not an event).</summary>
    public const double MinScore = 3;

    public static readonly EventTyper Default = new(EventLexicon.Default, EventTypeTable.Default);

    public EventLexicon Lexicon => lexicon;

    public TypedSentence? Type(string body, Word[] words)
    {
        if (words.Length == 0) return null;
        var hits = LexiconMatcher.Match(lexicon, body, words);
        if (hits.Count == 0) return null;
        // Where each cue group first appears.
        var groupFirst = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var h in hits)
            if (h.Row.IsGroup && (!groupFirst.TryGetValue(h.Row.Key, out var at) || h.First < at)) groupFirst[h.Row.Key] = h.First;

        List<(int First, int Last)>? masked = null;
        foreach (var h in hits) if (h.Row.IsMask) (masked ??= []).Add((h.First, h.Last));

        var scores = new Dictionary<string, Score>(StringComparer.Ordinal);
        var counted = new HashSet<int>();
        foreach (var h in hits)
        {
            var row = h.Row;
            if (row.IsGroup || row.IsMask || Masked(masked, h) || !Holds(row, h, groupFirst) || !counted.Add(row.Id)) continue;
            if (!scores.TryGetValue(row.Key, out var s)) scores[row.Key] = s = new Score();
            s.Total += row.Weight;
            if (row.Weight > s.BestWeight || s.First < 0)
            {
                s.BestWeight = row.Weight;
                s.First = h.First; s.Last = h.Last;
                s.Category = row.Category; s.Subtype = row.Subtype;
            }
        }
        string? best = null;
        double bestScore = 0, second = 0;
        foreach (var (type, s) in scores)
        {
            // The strongest phrase counts whole, the others half: five protest words are not five protests.
            var total = s.BestWeight + 0.5 * (s.Total - s.BestWeight) + types[type].Rank * 0.01;          // ties go to the more specific, more violent type
            if (total > bestScore) { second = bestScore; bestScore = total; best = type; }
            else if (total > second) second = total;
        }
        if (best is null || bestScore < MinScore) return null;
        var win = scores[best];
        return new TypedSentence(best, win.Category ?? types[best].Category, win.Subtype, bestScore, win.First, win.Last, second);
    }

    private static bool Masked(List<(int First, int Last)>? masked, LexiconHit hit)
    {
        if (masked is null) return false;
        foreach (var (first, last) in masked) if (hit.First <= last && first <= hit.Last) return true;
        return false;
    }

    private static bool Holds(LexiconRow row, LexiconHit hit, Dictionary<string, int> groupFirst)
    {
        foreach (var g in row.RequiredGroups) if (!groupFirst.ContainsKey(g)) return false;
        foreach (var g in row.ForbiddenGroups) if (groupFirst.ContainsKey(g)) return false;
        foreach (var g in row.GroupsBefore) if (!groupFirst.TryGetValue(g, out var at) || at >= hit.First) return false;
        return true;
    }

    private sealed class Score
    {
        public double Total, BestWeight;
        public int First = -1, Last;
        public string? Category, Subtype;
    }
}
