using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "Aleppo's Old City", "the Old City of Homs", "the Old City in Damascus": a district named by a common phrase is a part
/// of the city the writer ties it to, and is pinned at that city's point as a building is (<see cref="FacilityPinRule.PinnedAt"/>:
/// "Old City, Aleppo", no GeoNames id of its own). GeoNames knows one "Old City" as a place, Jerusalem's (a
/// section of a populated place), and FA-KES had pinned 14 Old Cities of Aleppo, Homs and Damascus in Jerusalem.
/// The tie, in the writer's order of evidence: a possessive before ("Aleppo's", "Aleppos" on pages stripped of
/// apostrophes), "of" or "in" and a city after, else the city the story named last before it ("the besieged Old City" in
/// a Homs story). A district with no tie keeps its gazetteer reading only when another place of the story lies near it.
/// </summary>
public static class DistrictHostRule
{
    private static readonly HashSet<string> Districts = ["old city", "old town", "old quarter", "city centre", "city center"];

    /// <summary>Beyond this, a reading of the district is not the part of the host city ("the Old City" of Homs is 370 km from Jerusalem's).</summary>
    private const double WithinCityKm = 15;
    /// <summary>A hostless district is kept where the story has a place this close (Jerusalem's Old City in a story naming Bethlehem).</summary>
    private const double StoryNearKm = 150;

    /// <summary>Repins the districts in <paramref name="resolved"/>; returns the toponym indexes now pinned at a host city.</summary>
    public static HashSet<int> Pin(string body, IReadOnlyList<EntityMention> entities, IReadOnlyList<PlaceResolver.Candidates> toponyms,
        IReadOnlyList<int> positions, GazetteerPlace?[] resolved, Gazetteer gazetteer)
    {
        var pinned = new HashSet<int>();
        for (var k = 0; k < toponyms.Count; k++)
        {
            var span = entities[positions[k]].Span;
            if (!Districts.Contains(NameFolding.Fold(body.AsSpan(span.Start, span.End - span.Start)))) continue;
            var host = Possessor(body, span, entities, positions, resolved, k, gazetteer) ?? After(body, span, entities, positions, resolved, k) ?? CityBefore(resolved, k);
            if (host is { } h)
            {
                if (resolved[k] is { } own && GeoDistance.Km(own.Lat, own.Lon, h.Lat, h.Lon) <= WithinCityKm) continue;
                resolved[k] = h;
                pinned.Add(k);
            }
            else if (resolved[k] is { } own && !NearAnother(own, resolved, k)) resolved[k] = null;
        }
        return pinned;
    }

    /// <summary>"Old City of Homs", "Old City in Damascus": the next toponym, one preposition after.</summary>
    private static GazetteerPlace? After(string body, TextSpan span, IReadOnlyList<EntityMention> entities, IReadOnlyList<int> positions, GazetteerPlace?[] resolved, int k)
    {
        if (k + 1 >= positions.Count || resolved[k + 1] is not { FeatureClass: 'P' } next) return null;
        var gap = body.AsSpan(span.End, Math.Max(0, entities[positions[k + 1]].Span.Start - span.End));
        return gap is " of " or " in " or " of the city of " ? next : null;
    }

    /// <summary>"Aleppo's Old City", "Aleppo’s", "Aleppos": the toponym ending before the possessive, or the word itself when
    /// the entity stage did not read it (a stripped "Aleppos"), looked up among the story's places, then the gazetteer.</summary>
    private static GazetteerPlace? Possessor(string body, TextSpan span, IReadOnlyList<EntityMention> entities, IReadOnlyList<int> positions, GazetteerPlace?[] resolved, int k, Gazetteer gazetteer)
    {
        var end = span.Start - 1;
        if (end < 1 || body[end] != ' ') return null;
        var start = end;
        while (start > 0 && (char.IsLetter(body[start - 1]) || body[start - 1] is '\'' or '’' or '-')) start--;
        var word = body[start..end];
        string owner;
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) owner = word[..^2];
        else if (word.Length > 3 && word[^1] == 's' && char.IsUpper(word[0])) owner = word[..^1];
        else return null;
        var folded = NameFolding.Fold(owner);
        for (var j = k - 1; j >= 0; j--)
            if (resolved[j] is { FeatureClass: 'P' } p && (entities[positions[j]].Span.End == start + owner.Length || NameFolding.Fold(entities[positions[j]].Text) == folded)) return p;
        GazetteerPlace? best = null;
        foreach (var i in gazetteer.Lookup(owner))
            if (gazetteer[i] is { FeatureClass: 'P' } p && (best is null || p.Population > best.Value.Population)) best = p;
        return best;
    }

    private static GazetteerPlace? CityBefore(GazetteerPlace?[] resolved, int k)
    {
        for (var j = k - 1; j >= 0; j--)
            if (resolved[j] is { FeatureClass: 'P' } p) return p;
        return null;
    }

    private static bool NearAnother(GazetteerPlace own, GazetteerPlace?[] resolved, int k)
    {
        for (var j = 0; j < resolved.Length; j++)
            if (j != k && resolved[j] is { } p && p.Index != own.Index && GeoDistance.Km(own.Lat, own.Lon, p.Lat, p.Lon) <= StoryNearKm) return true;
        return false;
    }
}
