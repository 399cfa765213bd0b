using Sitrep.Analyse.Entities;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "Salinas Valley", "Naugatuck River", "Freeborn Lake", "Catawba River": a natural feature the gazetteer
/// lacks, named after the town or county beside it. The feature stays unpinned without this rule (LGL, GeoWebNews and
/// GeoVirus had some eighty such rivers, valleys, lakes and islands detected but never placed); the town of the same
/// name is an approximate pin, as a region's head-stripped name is. Only towns are used, and only for features that
/// lie beside one: states, countries, islands, mountain ranges and "Lake X" names ("Lake Ontario", "Long Island",
/// "Ural Mountains") span far more than the namesake's point, and were pinned more than 161 km off in trials.
/// </summary>
public static class FeatureHeadRule
{
    private static readonly HashSet<string> TrailingHeads =
        ["river", "valley", "lake", "bay", "creek", "reservoir", "lagoon"];

    /// <summary>Towns and regions named by the feature's other words, or null.</summary>
    public static int[]? InnerPlaces(Gazetteer gazetteer, string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        string? inner = null;
        if (TrailingHeads.Contains(NameFolding.Fold(words[^1]))) inner = string.Join(' ', words[..^1]);
        if (inner is null) return null;
        var places = gazetteer.Lookup(inner).ToArray().Where(i => gazetteer[i].FeatureClass == 'P').ToArray();
        return places.Length > 0 ? places : null;
    }
}
