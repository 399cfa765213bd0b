using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "McPherson &amp; Jacobsen", "Long &amp; Foster", "Johnson &amp; Johnson", "The News &amp; Advance", "Salt + Smoke": a
/// name joined to another capitalised word by an ampersand or a plus is a firm's, a paper's or a restaurant's name,
/// not the town GeoNames lists by it (LGL and GeoWebNews: ten such pins, none annotated). Two places joined so
/// ("TIJUANA &amp; SAN DIEGO" in a dateline) stay places: the rule skips words in capitals and a partner that is a
/// place itself, and it leaves countries and first-level regions alone ("Trinidad &amp; Tobago").
/// </summary>
public static class FirmNameRule
{
    /// <summary>Indexes of the entities that are part of a firm's name.</summary>
    public static HashSet<int> Members(IReadOnlyList<EntityMention> entities, string? body, Gazetteer gazetteer)
    {
        var result = new HashSet<int>();
        if (body is null) return result;
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Type is not ("GPE" or "LOC") || e.Kb is not null || e.Text.All(c => !char.IsLetter(c) || char.IsUpper(c))) continue;
            var partner = PartnerAfter(body, e.Span.End) ?? PartnerBefore(body, e.Span.Start);
            if (partner is null || IsPlace(entities, partner.Value, e.Text) || IsCountryOrRegion(gazetteer, e.Text)) continue;
            result.Add(k);
        }
        return result;
    }

    /// <summary>Where the capitalised word after " &amp; " or " + " starts, if one follows.</summary>
    private static int? PartnerAfter(string body, int end)
    {
        if (end + 3 >= body.Length || body[end] != ' ' || body[end + 1] is not ('&' or '+') || body[end + 2] != ' ') return null;
        var start = end + 3;
        if (body.AsSpan(start).StartsWith("the ", StringComparison.Ordinal)) start += 4;   // "St. Paul & the Broken Bones"
        return start < body.Length && char.IsUpper(body[start]) ? start : null;
    }

    /// <summary>Where the capitalised word before " &amp; " or " + " ends, if one precedes.</summary>
    private static int? PartnerBefore(string body, int start)
    {
        if (start < 4 || body[start - 1] != ' ' || body[start - 2] is not ('&' or '+') || body[start - 3] != ' ') return null;
        var end = start - 3;
        var j = end;
        while (j > 0 && char.IsLetter(body[j - 1])) j--;
        return j < end && char.IsUpper(body[j]) ? j : null;
    }

    /// <summary>Whether a place's mention covers the partner; "Johnson &amp; Johnson" repeats one name, and is a firm's.</summary>
    private static bool IsPlace(IReadOnlyList<EntityMention> entities, int position, string name)
    {
        foreach (var e in entities)
            if (e.Span.Start <= position && position < e.Span.End) return e.Type is "GPE" or "LOC" && !e.Text.Contains('&') && e.Text != name;
        return false;
    }

    private static bool IsCountryOrRegion(Gazetteer gazetteer, string name)
    {
        foreach (var i in gazetteer.Lookup(name))
            if (gazetteer[i] is { } p && (p.IsCountry || p.IsAdmin1)) return true;
        return false;
    }
}
