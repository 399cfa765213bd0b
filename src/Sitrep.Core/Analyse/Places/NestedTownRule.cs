using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// A small town's name opening a longer name ("Webb Center", "Belk department store", "Toyota Corolla",
/// "Smith College") is a place only when the story names that town on its own too ("the Dublin Arts
/// Council" in a story about Dublin, Ohio). Without that support the word is a person's, a brand's or a
/// founder's name far more often than where the body is: on LGL three in four such unsupported nested
/// towns were not annotated as places. Countries, admin regions, curated places and cities of 100,000
/// or more ("Los Angeles Police Department") need no support.
/// </summary>
public static class NestedTownRule
{
    /// <summary>Indexes of the entities that are unsupported nested towns.</summary>
    public static HashSet<int> Unsupported(IReadOnlyList<EntityMention> entities, Gazetteer gazetteer)
    {
        var result = new HashSet<int>();
        List<int>? nested = null;
        var standalone = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Type is not ("GPE" or "LOC")) continue;
            if (OpensContainer(entities, k)) (nested ??= []).Add(k);
            else if (!InsideContainer(entities, k)) standalone.Add(NameFolding.Fold(e.Text));
        }
        if (nested is null) return result;
        foreach (var k in nested)
        {
            var e = entities[k];
            if (e.Kb is not null) continue;
            var folded = NameFolding.Fold(e.Text);
            if (standalone.Contains(folded) || StandsAlone(gazetteer, folded)) continue;
            result.Add(k);
        }
        return result;
    }

    private static bool OpensContainer(IReadOnlyList<EntityMention> entities, int k)
    {
        var e = entities[k].Span;
        foreach (var c in Neighbours(entities, k))
            if (c.Span.Start == e.Start && c.Span.End > e.End && c.Type is not ("GPE" or "LOC")) return true;
        return false;
    }

    private static bool InsideContainer(IReadOnlyList<EntityMention> entities, int k)
    {
        var e = entities[k].Span;
        foreach (var c in Neighbours(entities, k))
            if (c.Span.Start <= e.Start && e.End <= c.Span.End && c.Span != e && c.Type is not ("GPE" or "LOC")) return true;
        return false;
    }

    /// <summary>Mentions are in text order, a container right before or after its nested names: a few neighbours suffice.</summary>
    private static IEnumerable<EntityMention> Neighbours(IReadOnlyList<EntityMention> entities, int k)
    {
        for (var j = Math.Max(0, k - 4); j < Math.Min(entities.Count, k + 5); j++)
            if (j != k) yield return entities[j];
    }

    /// <summary>A name that stands for a place on its own: a country, an admin region, a curated place or a city of 100,000 or more.</summary>
    private static bool StandsAlone(Gazetteer gazetteer, string folded)
    {
        foreach (var idx in gazetteer.ByFoldedName(folded))
            if (ToponymReadings.StandsAlone(gazetteer[idx])) return true;
        return false;
    }
}
