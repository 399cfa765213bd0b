using System.Collections.Frozen;
using Sitrep.Documents;

namespace Sitrep.Analyse.Events;

/// <summary>
/// Who did it, to whom, and where, read from the event's own sentence (GDELT's fault was gluing actor, action and place
/// from unrelated sentences). Actors are the named entities before the trigger, targets those after it; a passive
/// ("was destroyed by the Russian Aerospace Forces") swaps them. A generic armed-group noun as target ("a convoy of
/// terrorists") resolves to the armed group the document names most. The place is the most specific place of the
/// sentence, preferring the one after "in", "near", "outside" over an origin after "from"; a demonym ("Syrian") only
/// gives a country.
/// </summary>
public static class EventArguments
{
    private static readonly FrozenSet<string> ActorTypes = new[] { "PERSON", "ORG", "GROUP", "GPE" }.ToFrozenSet();
    private static readonly FrozenSet<string> Locatives = new[] { "in", "near", "at", "outside", "around", "inside", "across", "on", "to", "into", "of", "over", "toward", "towards", "north", "south", "east", "west" }.ToFrozenSet();
    private static readonly FrozenSet<string> Origins = new[] { "from", "left", "fleeing", "leaving" }.ToFrozenSet();
    private static readonly FrozenSet<string> GenericGroupNouns = new[] { "terrorists", "militants", "jihadists", "insurgents", "extremists", "terrorist", "militant" }.ToFrozenSet();
    private static readonly FrozenSet<string> AttributionCues = new[] { "said", "says", "told", "stated", "reported", "according", "announced", "claimed", "added", "confirmed", "quoted" }.ToFrozenSet();

    public sealed record Parties(List<string> Actors, List<string> Targets);

    public static Parties ActorsAndTargets(Document doc, DocumentIndex index, TextSpan sentence, Word[] words, int triggerFirst, int triggerLast, string? mainGroup)
    {
        var triggerStart = words[triggerFirst].Start;
        var triggerEnd = words[triggerLast].End;
        var passiveBy = PassiveAgentStart(doc.Body, words, triggerLast);
        var actors = new List<string>();
        var targets = new List<string>();
        var placeSpans = new List<TextSpan>();
        foreach (var p in index.PlacesIn(sentence)) if (p.Span.End <= sentence.End && !IsDemonym(p)) placeSpans.Add(p.Span);
        var according = AccordingToClause(doc.Body, sentence);
        EntityMention? previous = null;
        foreach (var e in index.EntitiesIn(sentence))
        {
            if (e.Span.Start < sentence.Start || e.Span.End > sentence.End) continue;
            if (previous is { } pr && pr.Span.Start <= e.Span.Start && e.Span.End <= pr.Span.End) continue;   // inside a longer name
            previous = e;
            if (!ActorTypes.Contains(e.Type) || e.Text.Any(char.IsDigit)) continue;   // "Over 450" is a figure, not a name
            if (placeSpans.Any(p => p.Overlaps(e.Span))) continue;                  // a place named in the sentence is where, not who
            if (according.Start <= e.Span.Start && e.Span.End <= according.End || IsAttributionSource(doc.Body, e.Span, sentence)) continue;
            var name = e.Canonical ?? e.Text;
            var before = e.Span.End <= triggerStart;
            var byAgent = passiveBy is { } by && e.Span.Start >= by;
            var list = byAgent ? actors : before ? (passiveBy is null ? actors : targets) : e.Span.Start >= triggerEnd ? targets : null;
            if (list is null || list.Contains(name) || list.Count >= 3) continue;
            list.Add(name);
        }
        targets.RemoveAll(actors.Contains);
        if (targets.Count == 0 && mainGroup is not null && !actors.Contains(mainGroup))
        {
            var after = passiveBy is null ? words.Skip(triggerLast + 1) : words.Take(triggerFirst);
            if (after.Any(w => GenericGroupNouns.Contains(w.Lower))) targets.Add(mainGroup);
        }
        return new Parties(actors, targets);
    }

    /// <summary>Where "by" opens the agent of a passive trigger ("was destroyed by …"), else null.</summary>
    private static int? PassiveAgentStart(string body, Word[] words, int triggerLast)
    {
        for (var k = triggerLast + 1; k < Math.Min(words.Length, triggerLast + 3); k++)
            if (words[k].Lower == "by") return words[k].End;
        return null;
    }

    /// <summary>"according to X", "X said": X is who tells, not who acts.</summary>
    private static bool IsAttributionSource(string body, TextSpan span, TextSpan sentence)
    {
        var afterEnd = Math.Min(sentence.End, span.End + 24);
        var after = body.AsSpan(span.End, afterEnd - span.End).TrimStart(" ,");
        var firstWord = FirstWord(after, out var rest);
        if (IsCue(firstWord)) return true;
        return firstWord.Equals("has", StringComparison.OrdinalIgnoreCase) || firstWord.Equals("had", StringComparison.OrdinalIgnoreCase)
            ? IsCue(FirstWord(rest.TrimStart(' '), out _)) : false;
    }

    /// <summary>"according to …," up to the clause's end: whoever is named there tells, and does not act.</summary>
    private static TextSpan AccordingToClause(string body, TextSpan sentence)
    {
        var text = body.AsSpan(sentence.Start, sentence.Length);
        var at = text.IndexOf("according to", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return default;
        var end = text[at..].IndexOfAny(",;:");
        return new TextSpan(sentence.Start + at, end < 0 ? sentence.End : sentence.Start + at + end);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        rest = text[end..];
        return text[..end];
    }

    private static bool IsCue(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > 9) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return AttributionCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>The place of an event: the most specific place of its sentence, nearest the trigger, not an origin.</summary>
    public static PlaceMention? PlaceIn(Document doc, DocumentIndex index, TextSpan sentence, Word[] words, int triggerFirst)
    {
        PlaceMention? best = null;
        var bestScore = double.MinValue;
        var triggerStart = words.Length > 0 ? words[triggerFirst].Start : sentence.Start;
        foreach (var p in index.PlacesIn(sentence))
        {
            if (p.Span.End > sentence.End || IsDemonym(p) || IsOwner(doc.Body, p)) continue;
            var prev = PreviousWord(words, p.Span.Start);
            var score = p.Kind switch { "city" or "feature" => 3.0, "admin" => 2.0, "region" => 1.0, _ => 0.0 };
            if (prev is not null && Origins.Contains(prev)) score -= 4;
            else if (prev is not null && Locatives.Contains(prev)) score += 1;
            score -= Math.Abs(p.Span.Start - triggerStart) / 400.0;
            if (score > bestScore) { bestScore = score; best = p; }
        }
        return best;
    }

    /// <summary>"Iran's Press TV", "Russia's Defence Ministry": the place owns a name, it is not where things happened.</summary>
    private static bool IsOwner(string body, PlaceMention p)
    {
        var end = p.Span.End;
        return end + 3 < body.Length && body[end] is '\'' or '’' && body[end + 1] == 's' && body[end + 2] == ' ' && char.IsUpper(body[end + 3]);
    }

    /// <summary>"Syrian", "Iraqi", "Turkish": an adjective of a country, not a place where something happened.</summary>
    public static bool IsDemonym(PlaceMention p)
    {
        if (p.Kind != "country" && p.Kind != "region") return false;
        var t = p.Text;
        if (t.Length > p.Name.Length && p.Name.Length >= 4 && t.StartsWith(p.Name[..4], StringComparison.OrdinalIgnoreCase)) return true;
        return t.EndsWith("ian", StringComparison.Ordinal) || t.EndsWith("ish", StringComparison.Ordinal) || t.EndsWith("ese", StringComparison.Ordinal)
               || t.EndsWith("ean", StringComparison.Ordinal) || (t.EndsWith('i') && !p.Name.EndsWith('i'));
    }

    private static string? PreviousWord(Word[] words, int start)
    {
        string? prev = null;
        foreach (var w in words)
        {
            if (w.End > start) break;
            prev = w.Lower;
        }
        return prev;
    }

    /// <summary>The document's main place: its most named specific place (city, feature, admin), else its most named country.</summary>
    public static PlaceMention? MainPlace(Document doc)
    {
        var candidates = doc.Places.Where(p => !IsDemonym(p)).ToList();
        var specific = candidates.Where(p => p.Kind is not ("country" or "region")).ToList();
        var pool = specific.Count > 0 ? specific : candidates;
        return pool.GroupBy(p => p.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).Select(g => g.First()).FirstOrDefault();
    }

    /// <summary>The armed group the document names most ("terrorists" in a story about IS means IS).</summary>
    public static string? MainGroup(Document doc) =>
        doc.Entities.Where(e => e.Type == "GROUP").GroupBy(e => e.Canonical ?? e.Text)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).Select(g => g.Key).FirstOrDefault();
}
