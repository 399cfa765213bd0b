using Sitrep.Documents;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// The description side of <see cref="SpeakerResolver"/>: who a description by role or body refers to — the person the
/// text gave that role, someone unnamed for an indefinite one, a body named for its field — kept apart from the main
/// resolution order so that each rule reads on its own.
/// </summary>
public sealed partial class SpeakerResolver
{
    /// <summary>"Directorate of Health": a capitalised body word and "of" right before the untyped <paramref name="field"/>,
    /// as a body named by the whole; null when the words before it are not that.</summary>
    private Speaker? BodyOfField(string text, Word[] w, int first, EntityMention field)
    {
        var k = Array.FindIndex(w, first, x => x.Start >= field.Span.Start) - 1;
        if (k - 1 < first || !w[k].Is("of") || !w[k - 1].Capitalised || !sources.Is("org-role", w[k - 1].Lower)) return null;
        var name = text[w[k - 1].Start..field.Span.End];
        return new Speaker(name, sources.Is("government", w[k - 1].Lower) ? "government" : "organization");
    }

    /// <summary>An organisation word before the role's head ("the [ministry] spokesman", "the [army] commander"), or null.</summary>
    private string? BodyQualifier(Word[] w, int first, int head)
    {
        for (var k = first; k < head; k++)
        {
            if (!w[k].IsWord) continue;
            if (!w[k].Capitalised && sources.Is("org-role", w[k].Lower)) return w[k].Lower;
            // "the Defence Ministry's spokesman": a body in the possessive.
            if (w[k].Lower.EndsWith("'s", StringComparison.Ordinal) && sources.Is("org-role", w[k].Lower[..^2])) return w[k].Lower[..^2];
        }
        return null;
    }

    /// <summary>Rule "indefinite description": "A spokesman told Sputnik", "a monitoring group said" — "a" brings in
    /// someone not named before, never the last person or body named (who was Lavrov): anonymous, unless the description
    /// stands in apposition to a name (<see cref="NamedBefore"/>; "One civil defence volunteer said" likewise) or holds a body that speaks through him ("a spokesman for
    /// Syria Civil Defence"), but not a state ("A Syrian opposition spokesman" is not Syria's) nor an outlet ("An AFP
    /// correspondent" saw or heard it, and would become the carrier of every reading after it). Null when the phrase
    /// does not open with "a", "an" or "another".</summary>
    private Speaker? Indefinite(string text, Word[] w, int first, int start, IReadOnlyList<EntityMention> entities, EntityMention? body)
    {
        if (w[first].Lower is not ("a" or "an" or "another" or "one")) return null;
        if (NamedBefore(text, entities, start) is { } named) return new Speaker(named.Canonical ?? named.Text, TypeOf(named));
        return body is not null && body.Type != "GPE" && TypeOf(body) != "media" ? new Speaker(body.Canonical ?? body.Text, TypeOf(body)) : Speaker.Anonymous;
    }

    /// <summary>The name an indefinite description stands in apposition to: "The Syrian Observatory for Human Rights, a
    /// Britain-based monitoring group, said" (the rules' source phrase is the description alone); a person, body or
    /// armed group ending right before <paramref name="start"/> with at most a comma between, or null.</summary>
    private static EntityMention? NamedBefore(string text, IReadOnlyList<EntityMention> entities, int start)
    {
        for (var k = LastBefore(entities, start); k >= 0; k--)
        {
            var e = entities[k];
            if (e.Span.End > start) continue;
            var gap = text.AsSpan(e.Span.End, start - e.Span.End);
            if (gap.Length > 3 || gap.Trim().Length > 0 && gap.Trim() is not ",") return null;
            return e.Type is "PERSON" or "ORG" or "GROUP" ? e : null;
        }
        return null;
    }

    /// <summary>The person named right after <paramref name="end"/> between commas, titles allowed before the name
    /// (", Paul Robinson,", ", Major General Igor Konashenkov,"), or null.</summary>
    private static EntityMention? Apposed(string text, IReadOnlyList<EntityMention> entities, int end)
    {
        var k = end;
        while (k < text.Length && text[k] == ' ') k++;
        if (k >= text.Length || text[k] != ',') return null;
        k++;
        while (k < text.Length && text[k] == ' ') k++;
        var limit = Math.Min(text.Length, k + 40);
        foreach (var e in entities)
        {
            if (e.Span.Start < k) continue;
            if (e.Span.Start > limit) return null;
            // Only capitalised title words between the comma and the name ("Major General").
            var between = text.AsSpan(k, e.Span.Start - k);
            foreach (var part in between.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (!char.IsUpper(part[0])) return null;
            return e.Type == "PERSON" && e.Span.End < text.Length && text[e.Span.End] == ',' ? e : null;
        }
        return null;
    }

    /// <summary>Whether the text gives the person the role and every word describing it: in the title right before the
    /// name ("Foreign Minister Sergey Lavrov", "Russian foreign minister Sergey Lavrov": the capitalised or role words
    /// before it, not "met" and what precedes) or in an apposition after it ("Lavrov, the Russian foreign minister,").
    /// "The French minister" is not the foreign minister named before.</summary>
    private bool HasRole(string text, EntityMention e, IReadOnlyList<string> role)
    {
        var title = TitleBefore(text, e, role);
        if (role.All(title.Contains)) return true;
        var after = text.AsSpan(e.Span.End, Math.Min(80, text.Length - e.Span.End));
        var stop = after.IndexOfAny(".\n");
        if (stop >= 0) after = after[..stop];
        if (!after.StartsWith(",")) return false;
        var apposition = after.ToString().ToLowerInvariant();
        return role.All(r => apposition.Contains(r, StringComparison.Ordinal));
    }

    /// <summary>The words of the title right before a name, lower-cased, nearest first: capitalised words, office words
    /// and the description's own (<paramref name="role"/>), at most five.</summary>
    private List<string> TitleBefore(string text, EntityMention e, IReadOnlyList<string> role)
    {
        var title = new List<string>();
        var k = e.Span.Start;
        for (var n = 0; n < 5; n++)
        {
            var end = k;
            while (end > 0 && text[end - 1] == ' ') end--;
            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '.')) start--;
            if (start == end) break;
            var word = text[start..end].TrimEnd('.');
            if (word.Length == 0 || !char.IsUpper(word[0]) && !sources.Is("person-role", word.ToLowerInvariant()) && !role.Contains(word.ToLowerInvariant())) break;
            title.Add(word.ToLowerInvariant());
            k = start;
        }
        return title;
    }

    /// <summary>Whether the text titled the person with an office other than <paramref name="office"/> and never with it
    /// ("US President Barack Obama" for "the minister"), over every mention of the person up to <paramref name="near"/>
    /// (the title comes with the first mention; "Obama" alone follows).</summary>
    private bool OtherOffice(string text, IReadOnlyList<EntityMention> entities, EntityMention near, string office)
    {
        var other = false;
        var name = near.Canonical ?? near.Text;
        foreach (var e in entities)
        {
            if (e.Span.Start > near.Span.Start) break;
            if (e.Type != "PERSON" || (e.Canonical ?? e.Text) != name) continue;
            var title = TitleBefore(text, e, [office]);
            if (title.Contains(office)) return false;
            other |= title.Exists(t => sources.Is("office", t));
        }
        return other;
    }

    /// <summary>The description's words after its determiners, lower-cased: "the French minister" → french, minister.</summary>
    private static List<string> RoleWords(Word[] w, int first, int head)
    {
        var list = new List<string>();
        for (var k = first; k <= head; k++)
            if (w[k].IsWord && !Phrases.Determiners.Contains(w[k].Lower)) list.Add(w[k].Lower);
        return list;
    }
}
