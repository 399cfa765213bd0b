using Sitrep.Documents;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "Paris firefighters", "Athens Parks and Recreation Director", "Berlin police", "downtown London",
/// "165 Route 31 South, Flemington", "MALTA –": words of a local paper's own beat around a name. They say the
/// name is the writer's home town, which is seldom the world city of that name: LGL's "Paris City Council"
/// (Paris, Texas), "London city council" (London, Ontario), "Athens residents" (Athens, Tennessee) went to the
/// world cities. Marks the toponym (<see cref="PlaceResolver.Candidates.LocalCue"/>); the resolver then lets a
/// namesake the story or the outlet backs take the name from the world city.
/// </summary>
public static class LocalTownCues
{
    /// <summary>The word right after the name (lower case) that local news puts after its town's name.</summary>
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "police", "policemen", "firefighters", "fire", "council", "councilors", "councillors", "selectmen", "aldermen",
        "high", "junior", "middle", "elementary", "school", "schools", "students", "residents", "mayor", "township",
        "parks", "regional", "elks", "rotary", "kiwanis", "municipal", "board", "city", "library", "boys", "girls",
        "man", "woman", "men", "women", "teen", "teenager", "boy", "girl", "resident", "native", "officials", "area", "neighborhood",
    };

    public static void Mark(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms, List<int> positions)
    {
        for (var k = 0; k < toponyms.Count; k++)
        {
            var span = entities[positions[k]].Span;
            if (toponyms[k].Places.Length > 1 && Applies(body, span.Start, span.End)) toponyms[k] = toponyms[k] with { LocalCue = true };
        }
    }

    /// <summary>Whether the name at [start, end) has a local cue around it.</summary>
    public static bool Applies(string body, int start, int end) =>
        WordAfter(body, end) is { } w && After.Contains(w) || Downtown(body, start) || AddressBefore(body, start) || Dateline(body, start, end);

    /// <summary>The next word, lower-cased, when one space separates it from the name.</summary>
    private static string? WordAfter(string body, int end) => BodyWords.After(body, end)?.ToLowerInvariant();

    private static bool Downtown(string body, int start) =>
        start >= 9 && body.AsSpan(start - 9, 9).Equals("downtown ", StringComparison.OrdinalIgnoreCase);

    /// <summary>"1935 Orchard St., Alexandria", "165 Route 31 South, Flemington": a street address, then the town.</summary>
    private static bool AddressBefore(string body, int start)
    {
        if (start < 2 || body[start - 1] != ' ' || body[start - 2] != ',') return false;
        var from = Math.Max(0, start - 50);
        return Address.IsMatch(body.AsSpan(from, start - 2 - from));
    }

    private static readonly System.Text.RegularExpressions.Regex Address = new(
        @"(?:^|[\s(])\d{1,5} (?:(?:[NSEW]\. )?(?:[A-Z][\w'’]*\.? ){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Lane|Ln|Way|Pike|Court|Ct|Place|Pl|Parkway|Pkwy|Circle|Highway|Hwy)\.?|(?:Route|Highway|Hwy\.?|U\.S\.) \d+(?: (?:North|South|East|West))?)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>"MALTA – About 5,000 books", "PORTLAND — The Board": a dateline in capitals opens the story at its town.</summary>
    private static bool Dateline(string body, int start, int end)
    {
        if (end - start < 3) return false;
        for (var i = start; i < end; i++) if (char.IsLower(body[i])) return false;
        // At the start of the text, of a line, or of a sentence (the title's full stop before it).
        var j = start - 1;
        while (j >= 0 && body[j] == ' ') j--;
        if (j >= 0 && body[j] is not ('.' or '\n' or '!' or '?')) return false;
        var k = end;
        while (k < body.Length && body[k] == ' ') k++;
        return k < body.Length && body[k] is '–' or '—' or '-';
    }
}
