using Sitrep.Analyse.Entities;
using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// A street, building or facility the gazetteer cannot know ("Third Street", "Altnagelvin Hospital",
/// "Barclays Center", "South Kilburn Estate") is still somewhere a reader would pin: in the town the
/// sentence or the article puts it in. The rule pins such a name at that town's point, with a lower
/// confidence and a note that says the point is the town's, not the building's.
///
/// Why: on GeoWebNews (local news from everywhere) about one gold place in six is a street, venue, school or
/// hospital; no gazetteer lists them, and they were all misses. The town is within the scorer's 161 km and,
/// more to the point, is where an analyst would look.
///
/// Where the town comes from, most specific first:
///   1. a town named right after it: "Collins Avenue in Miami Beach", "Donington Park, Leicestershire";
///   2. a town owning it: "Derry's Altnagelvin Hospital", "Brooklyn's Barclays Center";
///   3. a town inside its own name: "Robinson College Cambridge", "Aleppo University" (not for streets:
///      "Dublin Road" is seldom in Dublin);
///   4. the nearest town named before it in the same paragraph, else after it in the same sentence;
///   5. the town the article names most (at least twice): its dateline or subject.
/// Only towns and counties anchor: a state's or a country's point says nothing of where a street is.
/// </summary>
public static class FacilityPinRule
{
    public const double Confidence = 0.5;

    /// <summary>Words that end the name of a building, a street or a site: the facility heads of mention detection
    /// and the building words that detection reads as an organisation's head ("Barclays Center", "District Court").</summary>
    private static readonly HashSet<string> BuildingHeads =
    [
        .. NameLexicons.FacilityHeads,
        "center", "centre", "court", "courthouse", "estate", "campus", "racecourse", "circuit", "terrace", "parade",
        "gardens", "inn", "furnaces", "cottage", "stadium", "raceway", "speedway", "fields", "crescent", "close", "way",
    ];

    /// <summary>Heads that may also name a body, not a building ("Cornell University said", "the District Court ruled",
    /// "institutions of the Orthodox Church"):
    /// the name is pinned only where a preposition of place puts it ("at Barclays Center", "in Cloverhill District Court").</summary>
    private static readonly HashSet<string> BodyLikeHeads =
    [
        "center", "centre", "court", "university", "college", "school", "academy", "hospital", "clinic", "museum",
        "library", "hotel", "market", "station", "club", "church",
    ];

    private static readonly string[] PlacePrepositions = ["at", "in", "on", "near", "outside", "inside", "from", "to", "into", "along", "across", "opposite", "behind"];

    /// <summary>Adds a place for every unplaced facility name of <paramref name="entities"/> whose town is known;
    /// retypes its entity FAC. <paramref name="places"/> comes back in text order.</summary>
    public static void Pin(string body, List<EntityMention> entities, List<PlaceMention> places, Gazetteer gazetteer)
    {
        DropPlacesNamingStreets(entities, places);
        if (places.Count == 0) return;
        places.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var towns = places.Where(p => IsTown(p, gazetteer)).ToList();
        if (towns.Count == 0) return;
        // A town of another country than the story's is more often a misread name ("Fulham" in Australia,
        // "Salt" in Spain) than the place a building of the story stands in: only the writer's own words
        // ("in Rome", "Seoul's") tie a building to such a town.
        var country = MainCountry(places);
        var homeTowns = towns.Where(t => t.Country == country).ToList();
        var focus = homeTowns.Count == 0 ? null : FocusTown(homeTowns);
        var added = new List<PlaceMention>();
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Type is "GPE" or "LOC" or "GROUP" or "EVENT" || e.Kb is not null && !e.Kb.StartsWith("sitrep:", StringComparison.Ordinal)) continue;
            // A body of the actor table is not its building: "22 Red Crescent volunteers" is not a street called Crescent.
            if (e.Type == "ORG" && e.Kb is not null) continue;
            if (!NamesBuilding(e.Text)) continue;
            var head = LastWord(e.Text);
            if (BodyLikeHeads.Contains(head) && !PrepositionBefore(body, e.Span.Start)) continue;
            if (Overlaps(places, e.Span)) continue;
            var town = TownAfter(body, e.Span, towns) ?? TownOwning(body, e.Span, towns)
                       ?? NearestInParagraph(body, e.Span, homeTowns) ?? focus;
            if (town is null) continue;
            added.Add(PinnedAt(e.Span, e.Text, town.Name, town.Country, town.Lat, town.Lon));
            if (e.Type != "FAC") entities[k] = e with { Type = "FAC" };
        }
        if (added.Count == 0) return;
        places.AddRange(added);
        places.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>
    /// "333 Victoria St.", "Dublin Road", "Washington Square": a place's name inside a street's is the street's namesake,
    /// not where the street is (GeoWebNews: Victoria St. in Nelson, B.C. pinned in the Australian state). Dropping it lets
    /// the street be pinned at its own town.
    /// </summary>
    private static void DropPlacesNamingStreets(List<EntityMention> entities, List<PlaceMention> places)
    {
        if (places.Count == 0) return;
        foreach (var e in entities)
        {
            if (e.Type is "GPE" or "LOC" || !NamesBuilding(e.Text) || !NameLexicons.StreetHeads.Contains(LastWord(e.Text))) continue;
            places.RemoveAll(p => p.Span != e.Span && e.Span.Start <= p.Span.Start && p.Span.End <= e.Span.End && NamesTheStreet(e, p));
        }
    }

    /// <summary>
    /// "Victoria St.", "Atlantic Avenue": the place is followed by the street's head and nothing else. A road a county or a
    /// province numbers ("Douglas County Road 4", "Ontario Provincial Highway 11") is in that county or province.
    /// </summary>
    private static bool NamesTheStreet(EntityMention street, PlaceMention place)
    {
        var rest = street.Text[(place.Span.End - street.Span.Start)..].Trim().TrimEnd('.');
        if (rest.Length == 0 || rest.Contains(' ') || !NameLexicons.StreetHeads.Contains(rest.ToLowerInvariant())) return false;
        var last = place.Text[(place.Text.LastIndexOf(' ') + 1)..];
        return !NameLexicons.RegionHeads.Contains(last.ToLowerInvariant());
    }

    /// <summary>"Third Street", "Barclays Center": a name of two words or more ending in a building's or a street's head word.</summary>
    public static bool NamesBuilding(string name) => name.IndexOf(' ') > 0 && BuildingHeads.Contains(LastWord(name));

    /// <summary>A name pinned at the point of the town it is in. The contract's place has no confidence field: its name says
    /// whose point it is ("Third Street, Harare"), and it carries no GeoNames id, the point not being its own.</summary>
    public static PlaceMention PinnedAt(TextSpan span, string text, string town, string? country, double lat, double lon) =>
        new(span, text, $"{text}, {town}", country, lat, lon, null, "feature") { Confidence = Confidence, Note = $"the point is {town}'s" + TownNote };

    /// <summary>Whether a place is a building pinned at its town by this rule.</summary>
    public static bool IsPin(PlaceMention p) => p.Note is not null && p.Note.EndsWith(TownNote, StringComparison.Ordinal);

    private const string TownNote = ", the town it is in";

    /// <summary>A town, a village or a county (second-level region): anything smaller than a state.</summary>
    private static bool IsTown(PlaceMention p, Gazetteer gazetteer)
    {
        if (p.Kind == "city") return true;
        if (p.Kind != "admin" || p.GeonameId is not { } id || gazetteer.ByGeonameId(id) is not { } i) return false;
        return gazetteer[i].FeatureCode is "ADM2" or "ADM3";
    }

    /// <summary>The country most of the story's places are in.</summary>
    private static string? MainCountry(List<PlaceMention> places) =>
        places.Where(p => p.Country is not null).GroupBy(p => p.Country).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private static PlaceMention? FocusTown(List<PlaceMention> towns)
    {
        var best = towns.GroupBy(t => (t.Lat, t.Lon)).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).First();
        return best.Count() >= 2 ? best.First() : null;
    }

    private static string LastWord(string text)
    {
        var end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end].ToLowerInvariant();
    }

    private static bool PrepositionBefore(string body, int start)
    {
        var i = start - 1;
        while (i >= 0 && body[i] == ' ') i--;
        // "at the Rogers Centre", "in the state Capitol": skip an article.
        var (word, from) = WordBefore(body, i);
        if (word is "the" or "a" or "an")
        {
            i = from - 1;
            while (i >= 0 && body[i] == ' ') i--;
            (word, _) = WordBefore(body, i);
        }
        return PlacePrepositions.Contains(word);
    }

    private static (string Word, int Start) WordBefore(string body, int end)
    {
        var j = end;
        while (j >= 0 && char.IsLetter(body[j])) j--;
        return (body.Substring(j + 1, end - j).ToLowerInvariant(), j + 1);
    }

    /// <summary>Whether a place overlaps the span: a town inside the name ("Aleppo University", "Manila Cathedral")
    /// is already the pin, and a second one on the same words would count twice.</summary>
    private static bool Overlaps(List<PlaceMention> places, TextSpan span)
    {
        foreach (var p in places)
            if (p.Span.End > span.Start && p.Span.Start < span.End) return true;
        return false;
    }

    /// <summary>"Collins Avenue in Miami Beach", "Oulton Park, Cheshire": a town within a comma or "in" after the name.</summary>
    private static PlaceMention? TownAfter(string body, TextSpan span, List<PlaceMention> towns)
    {
        foreach (var t in towns)
        {
            if (t.Span.Start < span.End) continue;
            var gap = body.AsSpan(span.End, t.Span.Start - span.End).Trim();
            return gap is "," or "in" or ", in" or "at" or "near" or "of" ? t : null;
        }
        return null;
    }

    /// <summary>"Derry's Altnagelvin Hospital": a town with a possessive right before the name.</summary>
    private static PlaceMention? TownOwning(string body, TextSpan span, List<PlaceMention> towns)
    {
        foreach (var t in towns)
        {
            if (t.Span.End > span.Start) break;
            var gap = body.AsSpan(t.Span.End, span.Start - t.Span.End);
            if (gap is "'s " or "’s " or "' " or "’ ") return t;
        }
        return null;
    }

    /// <summary>The town named last before the name in its paragraph, else the first after it in its sentence.</summary>
    private static PlaceMention? NearestInParagraph(string body, TextSpan span, List<PlaceMention> towns)
    {
        var paragraphStart = body.LastIndexOf("\n\n", Math.Max(0, span.Start - 1), StringComparison.Ordinal);
        PlaceMention? before = null;
        foreach (var t in towns)
        {
            if (t.Span.End > span.Start) break;
            if (t.Span.Start > paragraphStart) before = t;
        }
        if (before is not null) return before;
        var sentenceEnd = SentenceEnd(body, span.End);
        foreach (var t in towns)
            if (t.Span.Start >= span.End && t.Span.End <= sentenceEnd) return t;
        return null;
    }

    private static int SentenceEnd(string body, int from)
    {
        for (var i = from; i < body.Length - 1; i++)
            if (body[i] is '.' or '!' or '?' or '\n' && (body[i + 1] is ' ' or '\n' or '"' or '”')) return i;
        return body.Length;
    }
}
