using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// The countries and first-level regions a document's toponyms point to. Each toponym spreads one vote
/// over the countries (and regions) it may be in: an unambiguous name ("Pineville") votes fully for its
/// country, "Alexandria" only a little for each of Egypt, the United States and Romania. A country or
/// region named outright votes twice, and also for itself as a region ("Illinois" is where its towns are).
/// </summary>
internal sealed class ContextVotes
{
    private readonly Dictionary<string, double> _countries = [];
    private readonly Dictionary<(string, string), double> _admins = [];
    private double _total;
    private readonly HashSet<(string, string)> _named = [];
    private readonly Dictionary<(string, string), HashSet<string>> _namedBy = [];

    private const double NamedStateBonus = 1.5;

    public static ContextVotes Count(Gazetteer gazetteer, IReadOnlyList<PlaceResolver.Candidates> toponyms, IReadOnlyCollection<string>? extraCountries,
        Func<int, double>? prior = null)
    {
        var votes = new ContextVotes();
        var countries = new HashSet<string>();
        var admins = new HashSet<(string, string)>();
        foreach (var t in toponyms)
        {
            if (t.Places.Length == 0) continue;
            countries.Clear();
            admins.Clear();
            var named = t.Places.Length == 1 && gazetteer[t.Places[0]] is var only && (only.IsCountry || only.IsAdmin1);
            // "Indiana" is also a Pennsylvania town, "Georgia" a country: a state or country that is its name's
            // likeliest reading still names the story's region (LGL: Boone County by "Indiana" went to Kentucky).
            var places = t.Places;
            if (!named && prior is not null && NamedRegion(gazetteer, t.Places, prior) is { } region) { named = true; places = [region]; }
            foreach (var idx in places)
            {
                var p = gazetteer[idx];
                countries.Add(p.Country);
                if (p.Admin1.Length > 0 && !p.IsCountry) admins.Add((p.Country, p.Admin1));
            }
            var weight = named ? 2.0 : 1.0;
            if (named && gazetteer[places[0]] is { IsAdmin1: true } state)
            {
                votes._named.Add((state.Country, state.Admin1));
                if (!votes._namedBy.TryGetValue((state.Country, state.Admin1), out var by)) votes._namedBy[(state.Country, state.Admin1)] = by = new(StringComparer.Ordinal);
                by.Add(NameFolding.Fold(t.Surface));
            }
            foreach (var c in countries) votes._countries[c] = votes._countries.GetValueOrDefault(c) + weight / countries.Count;
            foreach (var a in admins) votes._admins[a] = votes._admins.GetValueOrDefault(a) + weight / admins.Count;
            votes._total += weight;
        }
        if (extraCountries is not null)
            foreach (var c in extraCountries) { votes._countries[c] = votes._countries.GetValueOrDefault(c) + 0.5; votes._total += 0.5; }
        return votes;
    }

    private static int? NamedRegion(Gazetteer gazetteer, int[] places, Func<int, double> prior)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        foreach (var idx in places)
            if (prior(idx) is var score && score > bestScore) { bestScore = score; best = idx; }
        return best >= 0 && gazetteer[best] is { IsAdmin1: true } ? best : null;
    }

    /// <summary>Whether the story names the first-level region the place lies in ("Illinois" for Paris, Illinois).</summary>
    public bool NamesRegionOf(GazetteerPlace p) => p.Admin1.Length > 0 && _named.Contains((p.Country, p.Admin1));

    /// <summary>Whether a name other than <paramref name="surface"/> names the first-level region <paramref name="p"/> lies in
    /// ("Wash." or "N.Y." beside a bare "Washington" or "New York").</summary>
    public bool NamesRegionOtherThan(GazetteerPlace p, string surface) =>
        p.Admin1.Length > 0 && _namedBy.TryGetValue((p.Country, p.Admin1), out var by) && by.Any(s => s != NameFolding.Fold(surface));

    /// <summary>What the context adds to a reading: up to 6 for its country, up to 4 for its region.</summary>
    public double Score(GazetteerPlace p)
    {
        if (_total <= 0) return 0;
        var score = 6.0 * _countries.GetValueOrDefault(p.Country) / _total;
        if (p.Admin1.Length > 0) score += 4.0 * _admins.GetValueOrDefault((p.Country, p.Admin1)) / _total;
        // A town or county in a state the story names outright gains however many other places the story names:
        // the share above shrinks in a long story, the writer's "Indiana" does not.
        if (p.Admin1.Length > 0 && p.IsTownOrCounty && _named.Contains((p.Country, p.Admin1))) score += NamedStateBonus;
        return score;
    }
}
