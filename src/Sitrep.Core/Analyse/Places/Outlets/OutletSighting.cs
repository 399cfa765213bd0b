using Sitrep.Documents;
using Sitrep.Knowledge;
using static Sitrep.Analyse.Places.ToponymReadings;

namespace Sitrep.Analyse.Places.Outlets;

/// <summary>A first-level region (country, admin1 code) an article of an outlet names, and how much it counts:
/// <see cref="OutletSightings.Confident"/> for a reading the article settles, <see cref="OutletSightings.Guess"/> for the resolver's guess.</summary>
public readonly record struct OutletSighting(string Country, string Admin1, int Weight = OutletSightings.Confident);

/// <summary>
/// The places of one article that say where its outlet is, read without any outlet knowledge. Lieberman, Samet
/// &amp; Sankaranarayanan (2010, "Geotagging with local lexicons") learn a paper's home from the names it uses;
/// the readings the article itself settles count most, as a guess ("Alexandria" read as Egypt) may be wrong:
///   - a first-level region the resolver chose ("Louisiana", "Ga.");
///   - a town or county whose every town and county namesake lies in one region ("Pineville": all in one state);
///   - a town qualified by its region ("Alexandria, La."): the writer's own disambiguation.
/// Every other town or county reading counts a third: the resolver's guess, right far more often than not, and
/// without it an outlet that seldom writes its state's name has too few sightings (LGL, leave-one-out: F1 .815
/// with confident sightings only, .823 with guesses at a third, .823 at two thirds, .824 counted fully).
/// Countries are no sightings: a local paper reports the world too, and every US town shares its country.
/// </summary>
public static class OutletSightings
{
    public const int Confident = 3;
    public const int Guess = 1;

    public static List<OutletSighting> Of(string body, IReadOnlyList<PlaceMention> places, Gazetteer gazetteer)
    {
        var sightings = new List<OutletSighting>();
        for (var k = 0; k < places.Count; k++)
        {
            var m = places[k];
            if (m.GeonameId is not { } id || gazetteer.ByGeonameId(id) is not { } index) continue;
            var p = gazetteer[index];
            if (p.Admin1.Length == 0 || p.IsCountry) continue;
            if (p.IsAdmin1 || Unambiguous(m.Text, p, gazetteer) || Qualified(body, places, k, p, gazetteer))
                sightings.Add(new OutletSighting(p.Country, p.Admin1));
            else if (p.FeatureClass == 'P' || p.FeatureCode == "ADM2")
                sightings.Add(new OutletSighting(p.Country, p.Admin1, Guess));
        }
        return sightings;
    }

    private static bool Unambiguous(string surface, GazetteerPlace chosen, Gazetteer gazetteer)
    {
        if (chosen.FeatureClass != 'P' && chosen.FeatureCode != "ADM2") return false;
        foreach (var i in gazetteer.Lookup(surface))
            if (gazetteer[i] is var q && (q.FeatureClass == 'P' || q.FeatureCode == "ADM2" || q.IsAdmin1 || q.IsCountry)
                && (q.Country != chosen.Country || q.Admin1 != chosen.Admin1))
                return false;
        return true;
    }

    /// <summary>"Alexandria, La.": the next place follows after a comma and is the region this one is in.</summary>
    private static bool Qualified(string body, IReadOnlyList<PlaceMention> places, int k, GazetteerPlace p, Gazetteer gazetteer)
    {
        if (k + 1 >= places.Count) return false;
        var (a, b) = (places[k], places[k + 1]);
        if (!CommaBetween(body, a.Span, b.Span)) return false;
        return b.GeonameId is { } id && gazetteer.ByGeonameId(id) is { } i && gazetteer[i] is { IsAdmin1: true } region
            && region.Country == p.Country && region.Admin1 == p.Admin1;
    }
}
