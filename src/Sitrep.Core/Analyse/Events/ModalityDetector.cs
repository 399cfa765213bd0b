using System.Collections.Frozen;

namespace Sitrep.Analyse.Events;

/// <summary>
/// PLOVER's context flags for an event told in a sentence: negated ("did not attack", "promised not to attack"),
/// hypothetical ("could be launched", "might strike") or future ("will soon finish off", "plans to deploy");
/// otherwise asserted. A requested event ("asked Russia to be more careful with its strikes") is hypothetical. The cue must sit in the trigger's clause: up to five words before the trigger, or after it
/// up to the clause's end (a nominal trigger takes its verb later: "an offensive on Palmyra could be organized").
/// </summary>
public static class ModalityDetector
{
    public const string Asserted = "asserted", Hypothetical = "hypothetical", Future = "future", Negated = "negated";

    private static readonly FrozenSet<string> Negations = new[] { "not", "no", "never", "without", "neither", "nor", "denied", "denies", "deny", "failed" }.ToFrozenSet();
    private static readonly FrozenSet<string> Hypotheticals = new[] { "could", "might", "may", "would", "if", "possibly", "possible", "potential", "unless", "whether", "hypothetical",
        // A requested event has not happened: "asked Moscow not to conduct airstrikes", "urged Russia to strike".
        "asked", "asks", "urged", "urges", "demanded", "demands", "requested", "wants", "seeks", "aims" }.ToFrozenSet();
    private static readonly FrozenSet<string> Futures = new[] { "will", "shall", "soon", "plans", "plan", "planned", "planning", "intends", "intend", "threatened", "threatens", "vowed", "vows", "promised", "promises", "prepares", "preparing", "upcoming", "tomorrow", "next" }.ToFrozenSet();
    private static readonly FrozenSet<string> ClauseBreakWords = new[] { "that", "which", "who", "because", "after", "while", "when", "since", "before", "but", "although" }.ToFrozenSet();

    public static string Detect(string body, Word[] words, int triggerFirst, int triggerLast)
    {
        string? found = null;
        for (var k = triggerFirst - 1; k >= Math.Max(0, triggerFirst - 5); k--)
        {
            if (Break(body, words, k, k + 1)) break;
            found = Stronger(found, Classify(words, k));
        }
        for (var k = triggerLast + 1; k < Math.Min(words.Length, triggerLast + 26); k++)
        {
            if (Break(body, words, k - 1, k) || ClauseBreakWords.Contains(words[k].Lower)) break;
            var c = Classify(words, k);
            if (c == Negated && k > triggerLast + 2) c = null;      // "attacked, not ..." far after the verb negates something else
            found = Stronger(found, c);
        }
        return found ?? Asserted;
    }

    private static string? Classify(Word[] words, int k)
    {
        var w = words[k].Lower;
        if (Negations.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal)) return Negated;
        if (Hypotheticals.Contains(w) && !(w == "may" && IsMonth(words, k))) return Hypothetical;
        if (Futures.Contains(w) || w.EndsWith("'ll", StringComparison.Ordinal)) return Future;
        if (w == "going" && k + 1 < words.Length && words[k + 1].Lower == "to") return Future;
        if (w is "expected" or "set" or "about" && k + 1 < words.Length && words[k + 1].Lower == "to") return Future;
        return null;
    }

    /// <summary>"on May 25": the month, not the modal verb.</summary>
    private static bool IsMonth(Word[] words, int k) => k + 1 < words.Length && words[k + 1].IsNumber || k > 0 && words[k - 1].IsNumber;

    private static string? Stronger(string? a, string? b) =>
        a == Negated || b == Negated ? Negated : a == Hypothetical || b == Hypothetical ? Hypothetical : a ?? b;

    /// <summary>Punctuation that closes a clause between two words.</summary>
    private static bool Break(string body, Word[] words, int left, int right)
    {
        if (left < 0 || right >= words.Length) return true;
        var gap = body.AsSpan(words[left].End, words[right].Start - words[left].End);
        return gap.IndexOfAny(",;:–—\n") >= 0;        // not parentheses: "the Islamic State (IS) … could be organized"
    }
}
