using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// A name the writer qualified once keeps that sense in the rest of the story: "London's Heathrow Animal Reception Center ...
/// 28 million fish passed through Heathrow's center" is Heathrow Airport both times, though only the first mention has the
/// possessive that narrows it (GeoWebNews: the second went to Heathrow, Florida). When every qualified mention of a name
/// narrowed it to one same set of readings, the bare mentions of that name take that set too. Two different qualifications
/// ("Paris, Texas" and "Paris, France" in one story) leave the bare ones alone, and so does a name that is also a state's or a
/// country's: "Indiana residents" (a town, by the local-news cue) says nothing of the story's other "Indiana"s, nor a "New York
/// court" (the state) of its "New York Times".
/// </summary>
public static class OneSensePerStory
{
    public static IReadOnlyList<PlaceResolver.Candidates> Spread(IReadOnlyList<PlaceResolver.Candidates> toponyms, Gazetteer gazetteer)
    {
        if (toponyms.Count < 2) return toponyms;
        List<PlaceResolver.Candidates>? result = null;
        foreach (var group in Enumerable.Range(0, toponyms.Count).GroupBy(k => (NameFolding.Fold(toponyms[k].Surface), toponyms[k].HeadStripped)))
        {
            if (!group.Skip(1).Any()) continue;
            var widest = group.Max(k => toponyms[k].Places.Length);
            int[]? narrowed = null;
            var conflict = false;
            foreach (var k in group)
            {
                var places = toponyms[k].Places;
                if (places.Length == widest) continue;
                if (narrowed is null) narrowed = places;
                else if (!narrowed.AsSpan().SequenceEqual(places)) conflict = true;
            }
            if (narrowed is null || conflict) continue;
            var full = toponyms[group.First(k => toponyms[k].Places.Length == widest)].Places;
            if (!narrowed.All(full.Contains) || full.Any(i => gazetteer[i] is var p && (p.IsCountry || p.IsAdmin1))) continue;
            foreach (var k in group)
                if (toponyms[k].Places.Length == widest && toponyms[k].Places.AsSpan().SequenceEqual(full))
                    (result ??= [.. toponyms])[k] = toponyms[k] with { Places = narrowed };
        }
        return result ?? toponyms;
    }
}
