using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// Small steps the place rules share on the story's toponyms before resolution. Each rule used to carry its own copy
/// (ReadingCueRules, WriterRegionRule, ContainerNarrowingRule, PlaceStage, BodyNamesakeRule, NestedTownRule).
/// </summary>
internal static class ToponymReadings
{
    /// <summary>Keeps the readings of toponym <paramref name="k"/> that pass, when some do and some do not: a cue narrows a
    /// name, it never empties it.</summary>
    public static void Keep(List<PlaceResolver.Candidates> toponyms, int k, Func<int, bool> keep)
    {
        var kept = toponyms[k].Places.Where(keep).ToArray();
        if (kept.Length > 0 && kept.Length < toponyms[k].Places.Length) toponyms[k] = toponyms[k] with { Places = kept };
    }

    /// <summary>"Tacoma, Washington": only a comma, with a space or two, between the first name and the second.</summary>
    public static bool CommaBetween(string body, TextSpan first, TextSpan second)
    {
        var gap = second.Start - first.End;
        return gap is >= 1 and <= 3 && body.AsSpan(first.End, gap).Trim() is ",";
    }

    /// <summary>A reading that stands for a place on its own, needing no support from the story: a country, an admin region, a
    /// water body, a terrain or an area (GeoNames classes A, H, T, L), a curated place or a city of 100,000 or more.</summary>
    public static bool StandsAlone(GazetteerPlace p) =>
        p.Curated || p.FeatureClass is 'A' or 'H' or 'T' or 'L' || p.Population >= 100_000;
}
