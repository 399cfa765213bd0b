using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places.Evaluation;

/// <summary>
/// Why a geoparsing failure happened, so the next fix goes where the points are:
///   FN  not detected (no name found there) | detected as PERSON/ORG/... (found, but not as a place) |
///       not in gazetteer (no place has that name) | gazetteer lacks it (names exist, none within 161 km);
///   WRONG  ranked wrong (a candidate within 161 km lost) | gazetteer lacks it;
///   FP  demonym ("Russian") | person name (the word is part of a person's name in the article or a given
///       name) | inside a longer name (a FAC/ORG/... overlaps it) | place (a real place the gold left out, or a common word).
/// </summary>
public sealed class GeoErrorBreakdown(Gazetteer gazetteer)
{
    /// <summary>The entity mentions of the article being scored (set by the caller before each article).</summary>
    public IReadOnlyList<EntityMention> Entities { get; set; } = [];

    public string Cause(GeoFailure f) => f.Miss.Kind switch
    {
        "FN" => MissedCause(f.Gold!),
        "WRONG" => CandidateNear(f.Miss.Surface, f.Gold!) ? "ranked wrong" : "gazetteer lacks it",
        "HIT" => FalsePositiveCause(f.Predicted!),
        _ => FalsePositiveCause(f.Predicted!),
    };

    private string MissedCause(GoldToponym gold)
    {
        var overlapping = Entities.FirstOrDefault(e => e.Span.Start < gold.End && gold.Start < e.Span.End);
        if (gazetteer.Lookup(gold.Phrase).Length == 0 && overlapping is null) return "not in gazetteer";
        if (!CandidateNear(gold.Phrase, gold) && overlapping is null) return "gazetteer lacks it";
        return overlapping is null ? "not detected" : $"detected as {overlapping.Type}";
    }

    private bool CandidateNear(string surface, GoldToponym gold)
    {
        foreach (var i in gazetteer.Lookup(surface))
        {
            var p = gazetteer[i];
            if (GeoEvaluator.DistanceKm(p.Lat, p.Lon, gold.Lat!.Value, gold.Lon!.Value) <= GeoEvaluator.ToleranceKm) return true;
        }
        return false;
    }

    private string FalsePositiveCause(PlaceMention p)
    {
        var folded = NameFolding.Fold(p.Text);
        if (gazetteer.IsDemonym(folded)) return "demonym";
        if (Entities.FirstOrDefault(e => e.Span.Start <= p.Span.Start && p.Span.End <= e.Span.End && e.Span != p.Span && e.Type is not ("GPE" or "LOC")) is { } container)
            return $"inside a longer {container.Type} ({p.Kind}{(p.Span.Start == container.Span.Start ? ", first" : "")})";
        if (Entities.Any(e => e.Type == "PERSON" && e.Span != p.Span && NameFolding.Fold(e.Text).Split(' ').Contains(folded)))
            return "person name";
        return "place";
    }

    /// <summary>Counts by kind and cause (hits by the same causes as false positives, to see what a rule would cost), with the most frequent phrases of each.</summary>
    public static IEnumerable<string> Summary(IReadOnlyList<GeoMiss> misses, int top = 12)
    {
        var hits = misses.Where(m => m.Kind == "HIT").ToList();
        if (hits.Count > 0)
            yield return $"  HIT {hits.Count}: " + string.Join(", ", hits.GroupBy(m => m.Cause).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        foreach (var kind in new[] { "FN", "WRONG", "FP" })
        {
            var ofKind = misses.Where(m => m.Kind == kind).ToList();
            yield return $"  {kind} {ofKind.Count}";
            foreach (var g in ofKind.GroupBy(m => m.Cause).OrderByDescending(g => g.Count()))
            {
                var phrases = g.GroupBy(m => m.Surface.Trim()).OrderByDescending(p => p.Count()).Take(top)
                    .Select(p => p.Count() > 1 ? $"{p.Key} ×{p.Count()}" : p.Key);
                yield return $"    {g.Key,-22} {g.Count(),5}  {string.Join(", ", phrases)}";
            }
        }
    }
}
