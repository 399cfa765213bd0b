using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places.Outlets;

/// <summary>
/// Where one outlet's stories happen: the share of its confident sightings (<see cref="OutletSightings"/>)
/// in each first-level region. A local paper names its own area without qualifiers ("Alexandria" in the
/// Alexandria Town Talk is Alexandria, Louisiana; "Athens" in the Athens Banner-Herald is Athens, Georgia),
/// so for an ambiguous name the resolver prefers readings in the outlet's home regions, by a prior weaker
/// than what the story itself says (a qualifier "Alexandria, Egypt" removes the Louisiana reading outright).
/// </summary>
public sealed class OutletProfile
{
    private readonly Dictionary<(string, string), double> _shares;

    /// <summary>What a reading in a region holding all of a well-known outlet's sightings gains: about a story's
    /// country vote (6, <see cref="ContextVotes"/>), less than country and named state together. LGL, leave-one-out:
    /// 3 → .811, 5 → .812, 7 → .813 F1 (without <see cref="Shrink"/>); 7 with it .815, 8-10 no better.</summary>
    public const double HomeWeight = 7;
    /// <summary>A profile of n sightings counts n / (n + 3) (in confident sightings): three are half a profile.
    /// Small outlets' profiles are noisy (one article's wrongly read "Washington" is a third of them).</summary>
    public const double Shrink = 3 * OutletSightings.Confident;
    /// <summary>Fewer sightings than this (three confident ones) say nothing of an outlet.</summary>
    public const int MinSightings = 3 * OutletSightings.Confident;

    public int Sightings { get; }

    /// <summary>The outlet's domain ("theparisnews.com"), when known.</summary>
    public string? Domain { get; }

    public OutletProfile(IReadOnlyDictionary<(string Country, string Admin1), int> counts, string? domain = null)
    {
        Domain = domain;
        Sightings = counts.Values.Sum();
        _shares = Sightings == 0 ? [] : counts.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => (double)c.Value / Sightings);
    }

    public double Share(string country, string admin1) => _shares.GetValueOrDefault((country, admin1));

    /// <summary>The home prior of a reading: towns, counties and first-level regions only (a country is no home).</summary>
    public double Bonus(GazetteerPlace p) =>
        Sightings < MinSightings || p.Admin1.Length == 0 || p.IsCountry || !(p.FeatureClass == 'P' || p.FeatureCode is "ADM1" or "ADM2")
            ? 0 : HomeWeight * Share(p.Country, p.Admin1) * Sightings / (Sightings + Shrink);

    /// <summary>Whether the outlet's domain bears a town's name ("theparisnews.com" and "Paris"): weak evidence that the paper
    /// is that town's, so that its "Paris firefighters" are not in France. Names under five letters are too common inside words.</summary>
    public bool DomainBears(string surface)
    {
        if (Domain is null) return false;
        var name = new string(NameFolding.Fold(surface).Where(char.IsLetter).ToArray());
        if (name.Length < 5) return false;
        var dot = Domain.LastIndexOf('.');
        return (dot > 0 ? Domain[..dot] : Domain).Contains(name, StringComparison.Ordinal);
    }

    public IEnumerable<(string Country, string Admin1, double Share)> Regions =>
        _shares.OrderByDescending(s => s.Value).Select(s => (s.Key.Item1, s.Key.Item2, s.Value));
}
