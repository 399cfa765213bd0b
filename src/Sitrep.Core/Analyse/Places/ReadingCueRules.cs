using Sitrep.Documents;
using Sitrep.Knowledge;
using static Sitrep.Analyse.Places.ToponymReadings;

namespace Sitrep.Analyse.Places;

/// <summary>
/// Small phrase cues that narrow one toponym's readings before resolution, each fixing a kind of GeoWebNews miss
/// where the story's other places pulled a name to the wrong namesake:
///   - <see cref="SportsOpponent"/>: "outlasted Louisville in OT", "at home against Portland": a team's city is a big one;
///     so is a university's (<see cref="UniversityOf"/>: "the University of Rochester");
///   - <see cref="PossessiveContainer"/>: "London's Heathrow": the name after a place's possessive lies in or near that place;
///   - <see cref="RegionPart"/>: "central Washington", "upstate New York": a part of a state named by a compass word is the state's;
///   - <see cref="StateOf"/>: "the state of Washington" is the state;
///   - a demonym ("Canadian", "English") is its country or region, never the town of that name (Canadian, Texas; English, Indiana).
/// </summary>
public static class ReadingCueRules
{
    public static void Apply(string body, IReadOnlyList<EntityMention> entities, List<PlaceResolver.Candidates> toponyms, List<int> positions, Gazetteer gazetteer)
    {
        LocalTownCues.Mark(body, entities, toponyms, positions);
        for (var k = 0; k < toponyms.Count; k++)
        {
            if (toponyms[k].Places.Length < 2) continue;
            var span = entities[positions[k]].Span;
            // "the English city of Salisbury": a demonym is its people's country or region, not the Indiana town named English.
            if (gazetteer.IsDemonym(NameFolding.Fold(toponyms[k].Surface))) Keep(toponyms, k, i => gazetteer[i].FeatureClass != 'P');
            if ((SportsOpponent(body, span.Start) || UniversityOf(body, span.Start)) && toponyms[k].Places.Any(i => gazetteer[i] is { FeatureClass: 'P', Population: >= TeamCityPopulation }))
                Keep(toponyms, k, i => gazetteer[i] is not { FeatureClass: 'P' } p || p.Population >= TeamCityPopulation);
            else if (RegionPart(body, span.Start)) Keep(toponyms, k, i => gazetteer[i] is var p && (p.IsAdmin1 || p.IsCountry));
            else if (StateOf(body, span.Start)) Keep(toponyms, k, i => gazetteer[i].IsAdmin1);
            // Any reading of the owner will do: a Heathrow near some London is the one near London, England.
            if (k > 0 && PossessiveOf(body, entities[positions[k - 1]].Span, span) && toponyms[k - 1].Places.Length <= MaxOwnerReadings)
            {
                var owners = toponyms[k - 1].Places;
                Keep(toponyms, k, i => owners.Any(o => Inside(gazetteer[i], gazetteer[o])));
            }
        }
    }

    private const int MaxOwnerReadings = 40;

    /// <summary>A professional or college team's home: GeoWebNews' "Louisville" (the Cardinals) and "Portland" (the Trail Blazers)
    /// went to Louisville, Ohio and Portland, Texas in stories naming Ohio and Texas.</summary>
    private const int TeamCityPopulation = 100_000;

    private static readonly HashSet<string> OpponentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "against", "vs", "vs.", "versus", "outlasted", "defeated", "beat", "beats", "edged", "topped", "routed", "downed", "blanked", "swept",
    };

    /// <summary>"against Louisville", "series with Portland": the word before the name is a match's.</summary>
    public static bool SportsOpponent(string body, int start)
    {
        var word = WordBefore(body, start);
        if (word is null) return false;
        if (OpponentWords.Contains(word)) return true;
        return word.Equals("with", StringComparison.OrdinalIgnoreCase) && WordBefore(body, start - word.Length - 1) is { } w2
            && w2.Equals("series", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> PartWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "central", "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern", "southwestern",
        "upstate", "downstate",
    };

    /// <summary>"central Washington", "upstate New York" (lower case: "Central Washington University" is a name).</summary>
    public static bool RegionPart(string body, int start) =>
        WordBefore(body, start) is { } w && char.IsLower(w[0]) && PartWords.Contains(w);

    /// <summary>"the University of Rochester": a university named after a town is in a big one (LGL: Rochester, Indiana).</summary>
    public static bool UniversityOf(string body, int start) =>
        WordBefore(body, start) is "of" && WordBefore(body, start - 3) is "University" or "Universities" or "universities";

    /// <summary>"in the state of Washington", "the province of Ontario": the writer says which reading.</summary>
    public static bool StateOf(string body, int start) =>
        WordBefore(body, start) is "of" && WordBefore(body, start - 3) is { } w && (w.Equals("state", StringComparison.OrdinalIgnoreCase) || w.Equals("province", StringComparison.OrdinalIgnoreCase));

    /// <summary>"London's Heathrow": the previous toponym, then "'s " right before this one.</summary>
    private static bool PossessiveOf(string body, TextSpan owner, TextSpan name)
    {
        var gap = name.Start - owner.End;
        if (gap != 3) return false;
        return body[owner.End] is '\'' or '’' && body[owner.End + 1] == 's' && body[owner.End + 2] == ' ';
    }

    /// <summary>In the owner's country (and first-level region, for a region), or within 60 km of a town.</summary>
    private static bool Inside(GazetteerPlace p, GazetteerPlace owner)
    {
        if (owner.IsCountry) return p.Country == owner.Country && !p.IsCountry;
        if (owner.IsAdmin1) return p.Country == owner.Country && p.Admin1 == owner.Admin1 && !p.IsAdmin1;
        if (owner.FeatureClass != 'P') return false;
        return p.Index != owner.Index && GeoDistance.Km(p.Lat, p.Lon, owner.Lat, owner.Lon) < 60;
    }

    /// <summary>The word right before <paramref name="start"/> (one space apart), with a trailing dot kept ("vs.").</summary>
    private static string? WordBefore(string body, int start) => BodyWords.Before(body, start, keepDots: true);
}
