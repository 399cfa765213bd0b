using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

/// <summary>
/// In-document coreference of names, the way a reader links them:
///   * a surname alone ("Lavrov") is the person whose full name ends with it ("Sergey Lavrov");
///   * an acronym defined in brackets ("Syrian Observatory for Human Rights (SOHR)") is that name;
///   * a lone capitalised word the detector could not type takes the type of a known entity it names;
///   * a one-word name read once as a body ("the Gallup report") is that body everywhere, unless a well-known place;
///   * but a well-known place ("Nebraska") stays a place even when some person's name ends with it;
///   * every mention of a group takes the canonical of the knowledge base, else the longest full name.
/// </summary>
public static class EntityCoreference
{
    public static List<Mention> Resolve(string text, List<Mention> mentions, ActorKnowledgeBase kb, Func<string, bool>? isStrongPlace = null,
        Func<string, bool>? isFirstName = null)
    {
        // Surname → (canonical, kb) of the longest person name ending in it.
        var bySurname = new Dictionary<string, (string Canonical, string? Kb, int Length)>();
        foreach (var m in mentions)
        {
            if (m.Type != "PERSON") continue;
            var words = NameFolding.Fold(m.Text).Split(' ');
            if (words.Length < 2 && m.Kb is null) continue;
            var surname = words[^1];
            var length = m.Kb is not null ? int.MaxValue : words.Length;
            if (!bySurname.TryGetValue(surname, out var known) || known.Length < length)
                bySurname[surname] = (m.Kb is not null ? m.Canonical : m.Text, m.Kb, length);
            // "Raynola St. Clair" ... "St. Clair said": a two-word surname, read alone, is a town's name (Saint Clair, Michigan).
            if (words.Length >= 3 && words[^2] is "saint" or "st" or "de" or "la" or "le" or "van" or "von" or "del" or "mc" or "mac" or "o")
            {
                var tail = words[^2] + " " + surname;
                if (!bySurname.TryGetValue(tail, out var knownTail) || knownTail.Length < length)
                    bySurname[tail] = (m.Kb is not null ? m.Canonical : m.Text, m.Kb, length);
            }
        }
        if (isFirstName is not null)
            foreach (var m in mentions)
                if (m.Kb is null && EmbeddedPerson(m, isFirstName) is { } embedded)
                {
                    var surname = NameFolding.Fold(embedded[(embedded.LastIndexOf(' ') + 1)..]);
                    if (!bySurname.ContainsKey(surname)) bySurname[surname] = (embedded, null, 2);
                }
        // Acronyms defined in brackets: "Long Name (LN)".
        var acronyms = new Dictionary<string, Mention>(StringComparer.Ordinal);
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (longName, shortName) = (mentions[k], mentions[k + 1]);
            if (longName.Text.Contains(' ') && ActorKnowledgeBase.IsAcronym(shortName.Text)
                && shortName.Span.Start - longName.Span.End is >= 2 and <= 3
                && text.AsSpan(longName.Span.End, shortName.Span.Start - longName.Span.End).Trim().SequenceEqual("(")
                && InitialsMatch(longName.Text, shortName.Text))
                acronyms[shortName.Text] = longName;
        }

        // One-word bodies ("polling organization Levada", "the Gallup report"): their other mentions are the body too.
        var oneWordBodies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (m.Type == "ORG" && m.Kb is null && !m.Text.Contains(' ')) oneWordBodies.Add(m.Text);

        var namesakes = Namesakes(text, mentions, isStrongPlace);

        var resolved = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            var folded = NameFolding.Fold(m.Text);
            if (m.Type == "GPE" && m.Kb is null && !m.PlaceCued && namesakes.Contains(m.Text))
            {
                resolved.Add(m with { Type = "PERSON", FromGazetteer = false });
                continue;
            }
            if (m.Kb is null && folded.Count(c => c == ' ') <= 1 && (m.Type is "PERSON" or "OTHER" || m.Type == "GPE" && !m.PlaceCued && isStrongPlace?.Invoke(folded) != true)
                && bySurname.TryGetValue(folded, out var person) && !string.Equals(person.Canonical, m.Text, StringComparison.Ordinal)
                && (m.Type != "GPE" || person.Kb is not null || PersonNameRule.OpensWithAName(text, person.Canonical)))
            {
                resolved.Add(m with { Type = "PERSON", Canonical = person.Canonical, Kb = person.Kb, FromGazetteer = false });
                continue;
            }
            if (m.Type == "GPE" && m.Kb is null && !m.PlaceCued && oneWordBodies.Contains(m.Text) && isStrongPlace?.Invoke(folded) != true)
            {
                resolved.Add(m with { Type = "ORG", FromGazetteer = false });
                continue;
            }
            if (m.Kb is null && acronyms.TryGetValue(m.Text, out var definition))
            {
                resolved.Add(m with { Type = definition.Type == "OTHER" ? "ORG" : definition.Type, Canonical = definition.Canonical, Kb = definition.Kb });
                continue;
            }
            if (m.Type == "PERSON" && m.Kb is null && bySurname.TryGetValue(folded.Split(' ')[^1], out var full) && full.Kb is not null)
            {
                resolved.Add(m with { Canonical = full.Canonical, Kb = full.Kb });
                continue;
            }
            resolved.Add(m);
        }
        return resolved;
    }

    /// <summary>
    /// "Public Service Commissioner Lauren McDonald" (read as a body), "Craig Kaser of Terremark Partners" (read as
    /// one person whose surname would be "Partners"): a given name and one capitalised word after it, inside a longer
    /// mention, are a person's name, and that word alone later in the story is the person. LGL pinned "McDonald"
    /// and "Kaser" at towns because only the whole mention's last word was taken as a surname.
    /// Returns "Lauren McDonald", or null when no given name opens a two-word name inside the mention.
    /// </summary>
    private static string? EmbeddedPerson(Mention m, Func<string, bool> isFirstName)
    {
        if (m.Type is not ("PERSON" or "ORG" or "OTHER")) return null;
        var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w + 1 < words.Length; w++)
        {
            if (!isFirstName(words[w])) continue;
            var surname = words[w + 1];
            if (surname.Length < 3 || !char.IsUpper(surname[0]) || surname.All(char.IsUpper) || !surname.All(c => char.IsLetter(c) || c == '\'' || c == '-')) return null;
            // The name must end the mention or stop at "of" ("Craig Kaser of Terremark Partners"); inside a longer
            // run of capitalised words ("John Deere Tractor Works") the word after a given name need not be a surname.
            if (w + 2 < words.Length && words[w + 2] != "of") return null;
            return words[w] + " " + surname;
        }
        return null;
    }

    /// <summary>Words after a name that only a person's name takes: "a Lincoln impersonator", "the Lincoln
    /// bicentennial", "the Lincoln Day Dinner", "his Lincoln biography".</summary>
    private static readonly string[] PersonOnlyAfter =
    [
        "impersonator", "impersonators", "portrayer", "portrayers", "bicentennial", "biography", "biographies", "biographer",
        "biographers", "presidency", "assassination", "Day Dinner", "Dinner",
    ];

    /// <summary>
    /// A one-word name that the story once follows with what only a person's name takes ("a Lincoln impersonator",
    /// "the Lincoln Day Dinner") names that person: its other bare mentions are the person too, unless a place cue
    /// precedes them ("in Lincoln") or the name is a well-known place. LGL's talk on the 1864 campaign pinned
    /// "Lincoln" at Lincoln, Nebraska, thirteen times ("Lincoln visited the capital's defenders").
    /// </summary>
    private static HashSet<string> Namesakes(string text, List<Mention> mentions, Func<string, bool>? isStrongPlace)
    {
        var namesakes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Kb is not null) continue;
            // The name is the mention ("Lincoln" before "impersonator") or opens it ("Lincoln Day Dinner" read whole).
            var space = m.Text.IndexOf(' ');
            var name = space < 0 ? m.Text : m.Text[..space];
            if (name.Length < 3 || !char.IsUpper(name[0]) || namesakes.Contains(name)) continue;
            if (isStrongPlace?.Invoke(NameFolding.Fold(name)) == true) continue;
            var k = m.Span.Start + name.Length;
            if (k >= text.Length || text[k] != ' ') continue;
            var after = text.AsSpan(k + 1);
            foreach (var word in PersonOnlyAfter)
                if (after.StartsWith(word, StringComparison.Ordinal) && (after.Length == word.Length || !char.IsLetter(after[word.Length])))
                {
                    namesakes.Add(name);
                    break;
                }
        }
        return namesakes;
    }

    private static bool InitialsMatch(string longName, string acronym)
    {
        var initials = string.Concat(longName.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        var letters = acronym.Replace(".", "");
        return initials.Contains(letters, StringComparison.Ordinal) || letters.Length >= 2 && initials.StartsWith(letters[0]) && initials.EndsWith(letters[^1]);
    }
}
