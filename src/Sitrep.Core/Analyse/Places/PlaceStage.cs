using Sitrep.Documents;
using Sitrep.Knowledge;
using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places.Outlets;
using Sitrep.Pipeline;
using static Sitrep.Analyse.Places.ToponymReadings;

namespace Sitrep.Analyse.Places;

/// <summary>
/// Fills <c>places</c>: every place name among the entities, resolved to one gazetteer place with
/// coordinates. The entity of a resolved place takes the gazetteer's name as canonical and
/// <c>geonames:ID</c> as kb id, and its type follows the place (GPE for towns, regions and countries;
/// LOC for rivers, seas and mountains; FAC for bases and airports).
/// </summary>
/// <param name="outlets">Optional home regions of outlets (<see cref="OutletProfiles"/>), looked up by the document's domain.</param>
public sealed class PlaceStage(Gazetteer gazetteer, ActorKnowledgeBase kb, OutletProfiles? outlets = null) : IAnalysisStage
{
    private readonly PlaceResolver _resolver = new(gazetteer);

    public PlaceStage() : this(GazetteerLoader.Default, ActorTableReader.Default) { }

    public string Name => "places";
    public string Description => "place names resolved to GeoNames places (country, coordinates) by the article's other places";

    public Document Apply(Document document)
    {
        var outlet = outlets?.For(OutletProfiles.KeyOf(document));
        var (entities, places) = Resolve(document.Entities, document.Body, outlet);
        var doc = document with { Entities = entities, Places = places };
        return GazetteerLoader.Warning is { } warning && places.Count == 0 && !document.Warnings.Contains(warning)
            ? doc.WithWarning(warning) : doc;
    }

    public (List<EntityMention> Entities, List<PlaceMention> Places) Resolve(IReadOnlyList<EntityMention> entities, string? body = null, OutletProfile? outlet = null)
    {
        var toponyms = new List<PlaceResolver.Candidates>();
        var positions = new List<int>();
        var actorCountries = new HashSet<string>();
        var unsupported = NestedTownRule.Unsupported(entities, gazetteer);
        unsupported.UnionWith(PersonSlotRule.Persons(entities, body, gazetteer));
        unsupported.UnionWith(FirmNameRule.Members(entities, body, gazetteer));
        unsupported.UnionWith(BodyNamesakeRule.Bodies(entities, body, gazetteer));
        unsupported.UnionWith(AcronymRule.Acronyms(entities, body, gazetteer));
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (unsupported.Contains(k)) continue;
            if (e.Kb is { } id && kb.ByKb(id) is { Country: { Length: 2 } country }) actorCountries.Add(country);
            // "Clarke and Oconee counties", "Navarro, Henderson and Ellis counties": each name of the list is a county.
            if (body is not null && e.Kb is null && e.Type is "GPE" or "OTHER" or "PERSON" && !e.Text.Contains(' ')
                && CountyList.HeadAfter(body, e.Span.End) is { } head && !NamesAState(e.Text)      // "Texas counties" are Texas's
                && Candidates(e.Text + " " + head) is { } county)
            {
                toponyms.Add(county with { Surface = e.Text });
                positions.Add(k);
                continue;
            }
            if (e.Type is not ("GPE" or "LOC" or "FAC")) continue;
            if (NotAPlaceRule.Applies(e, body)) continue;
            if (body is not null && e.Kb is null && SaintNameRule.Applies(e, body, gazetteer, out var saint)) { if (saint is not null) { toponyms.Add(saint); positions.Add(k); } continue; }
            if (body is not null && PeoplesRepublicRule.Whole(e, body, gazetteer) is { } whole) { toponyms.Add(whole); positions.Add(k); continue; }
            // A knowledge-base actor that is a place ("EU") is looked up by its canonical name.
            var known = e.Kb is not null;
            if (known && !e.Kb!.StartsWith("sitrep:", StringComparison.Ordinal)) continue;
            var candidates = known ? Candidates(e.Canonical ?? e.Text) : Candidates(e.Text);
            if (candidates is null) continue;
            toponyms.Add(candidates);
            positions.Add(k);
        }
        if (body is not null)
        {
            ApplyContainers(body, entities, toponyms, positions);
            ApplyLocalCues(body, entities, toponyms, positions);
            ContainerNarrowingRule.Apply(body, entities, toponyms, positions, gazetteer);
            ReadingCueRules.Apply(body, entities, toponyms, positions, gazetteer);
            WriterRegionRule.Apply(body, entities, toponyms, positions, gazetteer);   // before the list rule: "Montana and Washington, D.C."
            CountryListRule.Apply(body, entities, toponyms, positions, gazetteer);
        }
        var contextCountries = actorCountries.ToList();
        // Each cue word of local government votes like a toponym (an actor's country, half of one, above).
        if (body is not null) foreach (var c in CountryCues.Of(body)) { contextCountries.Add(c); contextCountries.Add(c); }
        var resolved = _resolver.Resolve(toponyms, contextCountries, outlet);
        var districts = body is null ? [] : DistrictHostRule.Pin(body, entities, toponyms, positions, resolved, gazetteer);
        var outEntities = entities.ToList();
        var places = new List<PlaceMention>(toponyms.Count);
        for (var k = 0; k < toponyms.Count; k++)
        {
            if (resolved[k] is not { } p) continue;
            var e = entities[positions[k]];
            var type = p.FeatureClass switch { 'H' or 'T' or 'V' => "LOC", 'L' => p.FeatureCode is "RGN" or "CONT" ? "LOC" : "LOC", 'S' => "FAC", _ => "GPE" };
            // A district pinned at its host city ("Aleppo's Old City") is a part of that city, not the city: the entity
            // keeps its own name, and the place is the city's point, as a building's is (FacilityPinRule).
            if (districts.Contains(k))
            {
                places.Add(FacilityPinRule.PinnedAt(e.Span, e.Text, p.Name, p.Country.Length == 2 ? p.Country : null, Math.Round(p.Lat, 4), Math.Round(p.Lon, 4)));
                if (e.Kb is null) outEntities[positions[k]] = e with { Type = "GPE", Canonical = e.Text };
                continue;
            }
            var headStripped = toponyms[k].HeadStripped;
            if (e.Kb is null)
                outEntities[positions[k]] = e with
                {
                    Type = type,
                    Canonical = headStripped ? e.Text : p.Name,
                    Kb = headStripped || p.GeonameId is null ? null : "geonames:" + p.GeonameId,
                };
            places.Add(new PlaceMention(e.Span, e.Text, headStripped ? e.Text : p.Name, p.Country.Length == 2 ? p.Country : null,
                Math.Round(p.Lat, 4), Math.Round(p.Lon, 4), headStripped ? null : p.GeonameId, headStripped ? "admin" : p.Kind));
        }
        if (body is not null) CompassDemonymRule.Apply(body, places, gazetteer);
        if (body is not null) FacilityPinRule.Pin(body, outEntities, places, gazetteer);
        return (outEntities, places);
    }

    /// <summary>
    /// "Paris, Tenn.", "Gainesville, Florida", "Tartus, Syria": a place followed by a comma and a region or
    /// country is in that region or country. The writer's own disambiguation beats every prior.
    /// </summary>
    private void ApplyContainers(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms, List<int> positions)
    {
        for (var k = 0; k + 1 < toponyms.Count; k++)
        {
            var a = entities[positions[k]];
            var b = entities[positions[k + 1]];
            if (!CommaBetween(body, a.Span, b.Span)) continue;
            if (k > 0 && entities[positions[k - 1]].Span.End is var pe && pe <= a.Span.Start && a.Span.Start - pe <= 3 && body.AsSpan(pe, a.Span.Start - pe).Trim() is "," && toponyms[k - 1].Places.Any(i => gazetteer[i].IsAdmin1)) continue;   // "Virginia, Washington, West Virginia": a list of states
            var containers = toponyms[k + 1].Places.Select(i => gazetteer[i]).Where(p => p.IsCountry || p.FeatureClass == 'A').ToList();
            if (containers.Count == 0) continue;
            var inside = toponyms[k].Places.Where(i =>
            {
                var p = gazetteer[i];
                return containers.Any(c => c.Country == p.Country && (c.IsCountry || c.Admin1.Length == 0 || c.Admin1 == p.Admin1));
            }).ToArray();
            if (inside.Length == 0 || inside.Length == toponyms[k].Places.Length) continue;
            toponyms[k] = toponyms[k] with { Places = inside };
            var keep = containers.Where(c => toponyms[k].Places.Any(i => gazetteer[i].Country == c.Country)).Select(c => c.Index).ToArray();
            if (keep.Length > 0) toponyms[k + 1] = toponyms[k + 1] with { Places = keep };
        }
    }

    private bool NamesAState(string surface)
    {
        foreach (var i in gazetteer.Lookup(surface))
            if (gazetteer[i] is { FeatureClass: 'A' } p && (p.IsCountry || p.IsAdmin1)) return true;
        return false;
    }

    private static readonly HashSet<string> LocalNouns =
    [
        "police", "mayor", "city", "council", "township", "school", "schools", "fire", "man", "woman", "men", "women",
        "teen", "boy", "girl", "resident", "residents", "native", "officials", "high", "middle", "elementary", "public",
        "area", "neighborhood", "neighbourhood", "selectmen", "aldermen", "commissioners", "library", "downtown",
    ];

    /// <summary>
    /// "Palestine police", "a Lebanon woman", "Jordan middle school", "Gary Wilson, 54, of Palestine": a name
    /// with the words of local news around it is a town (or a county), not a country or a state of the same
    /// name. Keeps only the town and county readings, when there are any.
    /// </summary>
    private void ApplyLocalCues(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms, List<int> positions)
    {
        for (var k = 0; k < toponyms.Count; k++)
        {
            var span = entities[positions[k]].Span;
            // "US officials", "UK police": a country's capital-letter abbreviation before a local noun is the country's
            // (FA-KES: nine "US officials" pinned at Us, a French village).
            if (IsCountryAbbreviation(entities[positions[k]].Text, toponyms[k])) continue;
            if (AdminCues.Follow(body, span.End))
            {
                Keep(toponyms, k, i => gazetteer[i] is { FeatureClass: 'A' } p && !p.IsCountry);
                continue;
            }
            if (!LocalNounFollows(body, span.End) && !AgeOfBefore(body, span.Start)) continue;
            Keep(toponyms, k, i => gazetteer[i] is var p && (p.IsTownOrCounty || p.IsAdmin1));   // "a California man" is the state's
        }
    }

    private bool IsCountryAbbreviation(string surface, PlaceResolver.Candidates t)
    {
        if (surface.Length is < 2 or > 4) return false;
        foreach (var c in surface) if (!char.IsAsciiLetterUpper(c)) return false;
        foreach (var i in t.Places) if (gazetteer[i].IsCountry) return true;
        return false;
    }

    private static bool LocalNounFollows(string body, int end)
    {
        var i = end;
        if (i >= body.Length || body[i] != ' ') return false;
        i++;
        var start = i;
        while (i < body.Length && char.IsAsciiLetterLower(body[i])) i++;
        return i > start && LocalNouns.Contains(body[start..i]);
    }

    /// <summary>"Gary Wilson, 54, of Palestine": a person's age, then "of" and the town they live in.</summary>
    private static bool AgeOfBefore(string body, int start)
    {
        var before = body.AsSpan(Math.Max(0, start - 10), start - Math.Max(0, start - 10));
        var of = before.LastIndexOf(", of ".AsSpan());
        if (of < 0 || of + 5 != before.Length) return false;
        var digits = 0;
        for (var j = of - 1; j >= 0 && char.IsAsciiDigit(before[j]); j--) digits++;
        return digits is 1 or 2 or 3;
    }

    /// <summary>"U.S.", "D.C.", "E.U.": single letters each followed by a dot.</summary>
    private static bool IsDottedAbbreviation(string surface)
    {
        if (surface.Length < 4) return false;
        for (var i = 0; i < surface.Length; i++)
        {
            var letter = i % 2 == 0;
            if (letter ? !char.IsLetter(surface[i]) : surface[i] != '.') return false;
        }
        return true;
    }

    /// <summary>Gazetteer candidates for a surface name; for "Rapides Parish" or "Homs Province" that the
    /// gazetteer lacks, the places named by the rest ("Homs"), as an approximate pin for the region.</summary>
    private PlaceResolver.Candidates? Candidates(string surface)
    {
        var places = gazetteer.Lookup(surface);
        if (places.Length > 0 && IsDottedAbbreviation(surface))
        {
            // "U.S.", "U.N.": initials name a country, a region or a body, not the French village "Us" or
            // the Indian town "Un" that folding makes of them; only curated rows and admin places list such initials.
            var initials = places.ToArray().Where(i => gazetteer[i] is var p && (p.Curated || p.FeatureClass == 'A')).ToArray();
            return initials.Length > 0 ? new(surface, initials, false) : null;
        }
        if (places.Length > 0) return new(surface, places.ToArray(), false);
        var words = surface.Split(' ');
        if (words.Length >= 2 && NameLexicons.RegionHeads.Contains(NameFolding.Fold(words[^1])))
        {
            var inner = gazetteer.Lookup(string.Join(' ', words[..^1]));
            if (inner.Length > 0) return new(surface, inner.ToArray(), true);
        }
        return FeatureHeadRule.InnerPlaces(gazetteer, surface) is { } beside ? new(surface, beside, true) : null;
    }
}
