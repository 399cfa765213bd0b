using Sitrep.Analyse.Entities;
using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "Vasquez allegedly stabbed Welch", "Bryant tweeted", "Robertson and her father", "Tyler's attorney": a lone word
/// that a story uses where only a person fits (the subject of a verb of speech, the object of a verb of violence, the
/// holder of a lawyer or a mother) is a person's surname or given name, and so is every other mention of that word in
/// the story that no preposition or address marks as a place. Mention detection reads such a word as the town
/// GeoNames lists by it when the full name never appears (LGL: "Welch" ten times in a stabbing story) or when the town
/// is well known (GeoWebNews: "Sandberg reiterated"). A country, a first-level region or a city of 500,000 or more
/// speaks through its government ("Moscow said") and stays a place.
/// </summary>
public static class PersonSlotRule
{
    /// <summary>Verbs whose subject is a person: a town neither tweets nor pleads guilty.</summary>
    private static readonly HashSet<string> PersonVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "added", "asked", "explained", "tweeted", "wrote", "reiterated", "testified",
        "pleaded", "admitted", "denied", "recalled", "insisted", "replied", "answered", "laughed", "smiled", "died",
        "exclaims", "exclaimed", "reported", "bought", "visited", "played", "thanked", "stabbed", "shot", "sent",
    };

    /// <summary>Adverbs and auxiliaries between a subject and its verb: "Welch then", "Manning also", "Bryant even".</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "also", "then", "even", "later", "still", "has", "had", "allegedly", "reportedly", "previously", "never",
    };

    /// <summary>What follows a person: "Robertson and her father", "Marigny had his parcel subdivided".</summary>
    private static readonly string[] PersonTails = [" and his ", " and her ", " had his ", " had her "];

    /// <summary>What a person has: "Tyler's attorney", "Bell's back", "Polling's mailbox".</summary>
    private static readonly HashSet<string> PersonHolds = new(StringComparer.Ordinal)
    {
        "attorney", "attorneys", "lawyer", "lawyers", "wife", "husband", "mother", "father", "son", "daughter", "brother",
        "sister", "family", "body", "death", "funeral", "girlfriend", "boyfriend", "parents", "children", "mailbox", "honor",
        "arrest", "trial", "sentencing", "widow", "career", "back",
    };

    /// <summary>Verbs whose object is a person: "killing Welch", "stabbed Welch", "struggling with Welch".</summary>
    private static readonly HashSet<string> PersonObjectVerbs = new(StringComparer.Ordinal)
    {
        "stabbed", "killing", "murdered", "murdering", "strangled", "kidnapped", "interviewed", "thanked", "married",
    };

    /// <summary>Kin and titles before a name: "his brother Tyler", "a daughter Elizabeth".</summary>
    private static readonly HashSet<string> Kin = new(StringComparer.Ordinal)
    {
        "brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "uncle", "aunt", "cousin", "nephew", "niece",
    };

    /// <summary>Roles in apposition: "Steele, President and CEO of Frontera", "Sylvester, the finance director", "the WHO spokesman, Hartl".</summary>
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "ceo", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "founder", "co-founder",
        "owner", "co-owner", "director", "manager", "coach", "executive", "secretary", "treasurer", "attorney", "lawyer",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "from", "at", "to", "near", "into", "outside", "across", "around", "toward", "towards", "through", "via",
        "between", "within", "throughout", "inside", "downtown",
    };

    /// <summary>
    /// Indexes of the entities that are a person by their slot, or by the slot of another mention of the same word. One
    /// slot is enough for a given name or for a name the story reads as a person's elsewhere ("Sheryl Sandberg"); any other word needs two
    /// ("Gainesville says “no”" is the city speaking).
    /// </summary>
    public static HashSet<int> Persons(IReadOnlyList<EntityMention> entities, string? body, Gazetteer gazetteer)
    {
        var result = new HashSet<int>();
        if (body is null) return result;
        Dictionary<string, int>? slots = null;
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (!Eligible(e) || InPlaceSlot(body, e.Span) || !InPersonSlot(body, e.Span)) continue;
            slots ??= new(StringComparer.Ordinal);
            slots[e.Text] = slots.GetValueOrDefault(e.Text) + 1;
        }
        if (slots is null) return result;
        var persons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, count) in slots)
            if ((count >= 2 || NameLexicons.Default.FirstNames.Contains(name) || IsSurnameOfANamedPerson(entities, name))
                && !SpeaksForItself(gazetteer, name)) persons.Add(name);
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (Eligible(e) && persons.Contains(e.Text) && !InPlaceSlot(body, e.Span)) result.Add(k);
        }
        return result;
    }

    private static bool IsSurnameOfANamedPerson(IReadOnlyList<EntityMention> entities, string name)
    {
        foreach (var e in entities)
            if ((e.Type == "PERSON" || e.Type == "OTHER" && e.Text.Contains(' ')) && e.Text.EndsWith(name, StringComparison.Ordinal)
                && (e.Text.Length == name.Length || e.Text[e.Text.Length - name.Length - 1] == ' ')) return true;
        return false;
    }

    private static bool Eligible(EntityMention e) =>
        e.Type is "GPE" or "LOC" && e.Kb is null && e.Text.Length >= 3 && char.IsUpper(e.Text[0])
        && e.Text.Skip(1).All(char.IsLower);

    /// <summary>A country, a first-level region or a city of 500,000 or more: "Moscow said" is its government speaking.</summary>
    private static bool SpeaksForItself(Gazetteer gazetteer, string name)
    {
        foreach (var i in gazetteer.Lookup(name))
        {
            var p = gazetteer[i];
            if (p.IsCountry || p.IsAdmin1 || p.Population >= 500_000 || p.FeatureClass is 'L' or 'H' or 'T') return true;
        }
        return false;
    }

    private static bool InPersonSlot(string body, TextSpan span)
    {
        // After: "Bryant tweeted", "Welch then seemed", "Robertson and her father", "Robertson, who", "Tyler's attorney".
        var k = span.End;
        if (body.AsSpan(k).StartsWith(", who ", StringComparison.Ordinal)) return true;
        foreach (var tail in PersonTails)
            if (body.AsSpan(k).StartsWith(tail, StringComparison.Ordinal)) return true;
        // "the Marigny family came": a family is a person's.
        if (body.AsSpan(k).StartsWith(" family", StringComparison.Ordinal) && PreviousWord(body, span.Start, out _) is "the" or "The") return true;
        if (k < body.Length && body[k] is '\'' or '’')
        {
            var j = k + 1;
            if (j < body.Length && body[j] == 's') j++;
            if (NextWord(body, j) is { } held && PersonHolds.Contains(held)) return true;
        }
        if (AppositionRole(body, k)) return true;
        var next = NextWord(body, k);
        var after = k;
        for (var hops = 0; next is not null && Between.Contains(next) && hops < 2; hops++)
        {
            after = body.IndexOf(next, after, StringComparison.Ordinal) + next.Length;
            next = NextWord(body, after);
        }
        if (next is not null && PersonVerbs.Contains(next)) return true;
        // Before: "the WHO spokesman, Hartl", "stabbed Welch", "his brother Tyler", "struggling with Welch".
        if (RoleBefore(body, span.Start)) return true;
        var previous = PreviousWord(body, span.Start, out var start);
        if (previous is null) return false;
        if (PersonObjectVerbs.Contains(previous)) return true;
        if (Kin.Contains(previous) && PreviousWord(body, start, out _) is "his" or "her" or "their" or "a" or "my") return true;
        return previous == "with" && PreviousWord(body, start, out _) is "struggling" or "fighting" or "arguing" or "spoke" or "met";
    }

    /// <summary>
    /// "in Welch", "Welch, W.Va.", "Welch police", "Main Street, Tipperary, who": a preposition or an address's comma
    /// before, or a comma and a capital after, mark the place.
    /// </summary>
    private static bool InPlaceSlot(string body, TextSpan span)
    {
        if (PreviousWord(body, span.Start, out _) is { } previous && PlacePrepositions.Contains(previous)) return true;
        if (span.Start >= 3 && body[span.Start - 1] == ' ' && body[span.Start - 2] == ',' && AddressPartEndsAt(body, span.Start - 3)) return true;
        var k = span.End;
        if (k + 2 < body.Length && body[k] == ',' && body[k + 1] == ' ' && char.IsUpper(body[k + 2])
            && !body.AsSpan(k + 2).StartsWith("who", StringComparison.OrdinalIgnoreCase)) return true;
        return NextWord(body, k) is "police" or "residents" or "resident" or "native" or "city" or "county" or "area" or "mayor" or "council";
    }

    /// <summary>"1 Carrowclough, ", "Main Street, ", "Chicago, ": a number or a capitalised word before the comma of an address.</summary>
    private static bool AddressPartEndsAt(string body, int k)
    {
        if (k < 0) return false;
        if (char.IsAsciiDigit(body[k])) return true;
        var j = k;
        while (j > 0 && char.IsLetter(body[j - 1])) j--;
        return char.IsLetter(body[k]) && char.IsUpper(body[j]);
    }

    /// <summary>"the WHO spokesman, Hartl": a role and a comma right before the name.</summary>
    private static bool RoleBefore(string body, int start)
    {
        if (start < 3 || body[start - 1] != ' ' || body[start - 2] != ',') return false;
        var end = start - 2;
        var j = end;
        while (j > 0 && (char.IsLetter(body[j - 1]) || body[j - 1] == '-')) j--;
        return j < end && Roles.Contains(body[j..end]);
    }

    /// <summary>", President and CEO", ", the finance director", ", founder of": a role right after a comma, within three words.</summary>
    private static bool AppositionRole(string body, int k)
    {
        if (k + 2 >= body.Length || body[k] != ',' || body[k + 1] != ' ') return false;
        var i = k + 2;
        for (var w = 0; w < 3 && i < body.Length; w++)
        {
            var start = i;
            while (i < body.Length && (char.IsLetter(body[i]) || body[i] == '-')) i++;
            if (i == start) return false;
            var word = body[start..i];
            if (Roles.Contains(word)) return true;
            if (i >= body.Length || body[i] != ' ') return false;
            i++;
        }
        return false;
    }

    /// <summary>The lower-case word right after one space, or null.</summary>
    private static string? NextWord(string body, int k) =>
        BodyWords.After(body, k) is { } word && word.All(char.IsAsciiLetterLower) ? word : null;

    /// <summary>The word right before one space, or null; <paramref name="start"/> is where it starts.</summary>
    private static string? PreviousWord(string body, int k, out int start) => BodyWords.Before(body, k, out start);
}
