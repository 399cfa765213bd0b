using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>
    /// A place whose bare name outweighs a person's evidence: a country, an admin region, a curated place, a
    /// capital or a city of a million or more ("Moscow said", "Nebraska" beside "Ben Nelson"). Cities of
    /// 100,000 to a million are strong enough to be read as places without a cue (<see cref="StrongPlace"/>),
    /// but not against a person in the same story: LGL's "McKinney said", "Denton, an architect, said",
    /// "Manchester was among the supporters" are county commissioners and candidates, not the Texas and
    /// English cities.
    /// </summary>
    public bool WellKnownPlace(string folded)
    {
        foreach (var idx in gazetteer.ByFoldedName(folded))
        {
            var p = gazetteer[idx];
            if (p.Curated || p.FeatureClass == 'A' || p.FeatureCode == "PPLC" || p.Population >= 1_000_000) return true;
        }
        return false;
    }
}
