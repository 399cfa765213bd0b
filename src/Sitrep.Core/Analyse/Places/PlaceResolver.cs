using Sitrep.Analyse.Places.Outlets;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// Picks one gazetteer place for each toponym of a document. A reader resolves "Palmyra" from the
/// story around it, so this does too:
///   1. prior: feature type (country > admin region > capital > admin seat > town), curated rows
///      (they are the places the news names) and population (log scale);
///   2. context: the countries and first-level regions the document's names point to (each toponym
///      votes for the countries it may be in; a country name votes twice), so "Palmyra" in a story
///      that also names Syria and Homs is Tadmur, SY, not Palmyra, New York;
///   3. coherence (<see cref="Cohere"/>): places in one story lie near each other, so each town reading
///      gains from the other toponyms' current readings near it, a few rounds until the readings settle
///      ("Cornwall, Sharon and Salisbury" are three Connecticut towns, not Cornwall, England);
///   4. outlet, when known (<see cref="OutletProfile"/>): a local paper's bare "Alexandria" is its own town,
///      a prior that adds to the context the way a story's named state does.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    /// <param name="LocalCue">Words of local news around a mention ("Paris firefighters", <see cref="LocalTownCues"/>).</param>
    public sealed record Candidates(string Surface, int[] Places, bool HeadStripped, bool LocalCue = false);

    private const int CoherenceRounds = 3;
    private const int MaxCandidatesCompared = 40;
    /// <summary>What a reading gains when another name of the story has a reading next to it (<see cref="PairedReadings"/>).</summary>
    private const double PairBonus = 3;
    /// <summary>How far below its name's best reading a reading may score and still support a neighbour.</summary>
    private const double PairMargin = 2.5;

    /// <summary>Resolves every toponym; null where a toponym has no candidate. One sense per story: the
    /// mentions of one name with the same candidates are one toponym, resolved once and voting once, so a
    /// name the story repeats ten times does not outvote the story's other places.</summary>
    public GazetteerPlace?[] Resolve(IReadOnlyList<Candidates> toponyms, IReadOnlyCollection<string>? extraCountries = null, OutletProfile? outlet = null)
    {
        toponyms = OneSensePerStory.Spread(toponyms, gazetteer);
        var unique = new List<Candidates>();
        var slot = new int[toponyms.Count];
        var byKey = new Dictionary<string, int>();
        for (var k = 0; k < toponyms.Count; k++)
        {
            var key = NameFolding.Fold(toponyms[k].Surface) + "|" + string.Join(',', toponyms[k].Places);
            if (!byKey.TryGetValue(key, out var u)) { byKey[key] = u = unique.Count; unique.Add(toponyms[k]); }
            else if (toponyms[k].LocalCue && !unique[u].LocalCue) unique[u] = unique[u] with { LocalCue = true };
            slot[k] = u;
        }
        var resolved = ResolveDistinct(unique, extraCountries, outlet);
        var result = new GazetteerPlace?[toponyms.Count];
        for (var k = 0; k < toponyms.Count; k++) result[k] = resolved[slot[k]];
        return result;
    }

    private GazetteerPlace?[] ResolveDistinct(IReadOnlyList<Candidates> toponyms, IReadOnlyCollection<string>? extraCountries, OutletProfile? outlet)
    {
        toponyms = toponyms.Select(WithoutCapitalAlias).ToList();
        var votes = ContextVotes.Count(gazetteer, toponyms, extraCountries, Prior);
        double context(int k, GazetteerPlace p) => votes.Score(p) + (outlet?.Bonus(p) ?? 0);
        var worldCity = toponyms.Select(t => WorldCityOf(t.Places)).ToArray();
        // Until the first readings are made, only the story's unambiguous towns say where it is.
        var sure = toponyms.Select(t => t.Places.Length == 1 && IsLocal(gazetteer[t.Places[0]]) ? (GazetteerPlace?)gazetteer[t.Places[0]] : null).ToList();
        var hometown = toponyms.Select((t, k) => t.LocalCue ? HometownReadings(t, worldCity[k], votes, outlet, sure, k) : null).ToArray();
        // "MURRAY, Wash. ... the team's focus has been at home in Washington": a story that names a state by another name ("Wash.",
        // "N.Y.", "Louisiana") means the state by the bare name it shares with a city (Washington, D.C.; "La" for Los Angeles).
        var stateNamedElsewhere = toponyms.Select(t => t.Places.Any(i => gazetteer[i] is { IsAdmin1: true } s && votes.NamesRegionOtherThan(s, t.Surface))
                                                       && t.Places.Any(i => gazetteer[i].FeatureClass == 'P')).ToArray();
        bool Unbacked(int k, int idx, bool byCounty) =>
            stateNamedElsewhere[k] && gazetteer[idx].FeatureClass == 'P' ||
            (hometown[k] is { } home ? !home.Contains(idx) : UnbackedNamesake(worldCity[k], idx, votes, outlet, byCounty, sure, k));
        var choice = new int[toponyms.Count];
        var best = new double[toponyms.Count];
        for (var k = 0; k < toponyms.Count; k++)
        {
            choice[k] = -1;
            best[k] = double.NegativeInfinity;
            foreach (var idx in toponyms[k].Places)
            {
                if (Unbacked(k, idx, false)) continue;
                var score = Prior(idx) + context(k, gazetteer[idx]);
                if (score > best[k]) { best[k] = score; choice[k] = idx; }
            }
        }
        for (var k = 0; k < toponyms.Count; k++) sure[k] = choice[k] >= 0 && IsLocal(gazetteer[choice[k]]) ? gazetteer[choice[k]] : null;
        var paired = PairedReadings.Support(gazetteer, toponyms, TopByPrior,
            (j, idx) => Prior(idx) + context(j, gazetteer[idx]) >= best[j] - PairMargin);
        var prior = (int[])choice.Clone();
        double Pairing(int k, int idx) => paired.TryGetValue((k, idx), out var n) && (n.ByCounty || !BigCityKeepsName(prior[k])) ? PairBonus + Math.Min(2, n.Supporters - 1) : 0;
        bool UnbackedUnlessCountyPair(int k, int idx) => Unbacked(k, idx, paired.TryGetValue((k, idx), out var n) && n.ByCounty);
        // A town or county reading is re-chosen among town and county readings with the pairs counted, before
        // coherence: otherwise two names that both start wrong (Huntsville, Alabama and Walker County, Alabama)
        // hold each other there.
        for (var k = 0; k < toponyms.Count; k++)
        {
            if (choice[k] < 0 || !IsLocal(gazetteer[choice[k]])) continue;
            var bestScore = double.NegativeInfinity;
            foreach (var idx in toponyms[k].Places)
            {
                var p = gazetteer[idx];
                if (!IsLocal(p) || UnbackedUnlessCountyPair(k, idx)) continue;
                var score = Prior(idx) + context(k, p) + Pairing(k, idx);
                if (score > bestScore) { bestScore = score; choice[k] = idx; }
            }
        }
        Cohere(toponyms, choice, context, Pairing, UnbackedUnlessCountyPair);
        var result = new GazetteerPlace?[toponyms.Count];
        for (var k = 0; k < toponyms.Count; k++)
            if (choice[k] >= 0) result[k] = gazetteer[choice[k]];
        return result;
    }

    /// <summary>
    /// Re-reads every ambiguous toponym whose reading is a town or a county, given where the others are:
    /// a candidate gains by how many other toponyms (by distinct surface) have a reading within a few hundred km,
    /// and by lying in a first-level region the story names ("Springfield" next to "Illinois").
    /// Countries, regions and the story's own surface are no anchors: a country's centre says nothing of where in it the story is.
    /// </summary>
    private void Cohere(IReadOnlyList<Candidates> toponyms, int[] choice, Func<int, GazetteerPlace, double> context, Func<int, int, double> pairing,
        Func<int, int, bool> unbacked)
    {
        for (var round = 0; round < CoherenceRounds; round++)
        {
            var changed = false;
            var anchors = new List<(string Surface, GazetteerPlace Place)>();
            for (var k = 0; k < toponyms.Count; k++)
                if (choice[k] >= 0 && IsAnchor(gazetteer[choice[k]])) anchors.Add((toponyms[k].Surface, gazetteer[choice[k]]));
            if (anchors.Count == 0) return;
            for (var k = 0; k < toponyms.Count; k++)
            {
                var t = toponyms[k];
                if (t.Places.Length < 2 || choice[k] < 0 || !IsLocal(gazetteer[choice[k]])) continue;   // only towns and counties choose among towns and counties
                var bestScore = double.NegativeInfinity;
                var best = choice[k];
                foreach (var idx in TopByPrior(t.Places))
                {
                    var p = gazetteer[idx];
                    if (!IsLocal(p) || unbacked(k, idx)) continue;
                    var score = Prior(idx) + context(k, p) + Nearness(p, t.Surface, anchors) + pairing(k, idx);
                    if (score > bestScore) { bestScore = score; best = idx; }
                }
                if (best != choice[k]) { choice[k] = best; changed = true; }
            }
            if (!changed) return;
        }
    }

    /// <summary>Bonus for a reading near the other toponyms' readings: the nearest counts most, every
    /// further one within 150 km a little, capped so that proximity never outweighs a clear country vote.</summary>
    private static double Nearness(GazetteerPlace p, string surface, List<(string Surface, GazetteerPlace Place)> anchors)
    {
        var nearest = double.MaxValue;
        var close = 0;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (s, a) in anchors)
        {
            if (string.Equals(s, surface, StringComparison.OrdinalIgnoreCase) || !seen.Add(s)) continue;
            var d = GeoDistance.Km(p.Lat, p.Lon, a.Lat, a.Lon);
            nearest = Math.Min(nearest, d);
            if (d < 150) close++;
        }
        var bonus = nearest < 50 ? 4 : nearest < 150 ? 3.5 : nearest < 300 ? 2.5 : nearest < 800 ? 1 : 0;
        return bonus + Math.Min(2, 0.5 * Math.Max(0, close - 1));
    }

    /// <summary>"Tunis" is also one of Tunisia's names (its French and Arabic one), but a writer who names a
    /// country by a name that is its own city's means the city: "a visit to Tunis", "NATO and Tunis"
    /// (GeoWebNews: four Tunis read as Tunisia). A country keeps a name that is its own ("Mexico", "Kuwait").</summary>
    private Candidates WithoutCapitalAlias(Candidates t)
    {
        if (t.Places.Length < 2) return t;
        var surface = NameFolding.Fold(t.Surface);
        List<int>? drop = null;
        foreach (var idx in t.Places)
        {
            var c = gazetteer[idx];
            if (!c.IsCountry || NameFolding.Fold(c.Name) == surface) continue;
            foreach (var other in t.Places)
                if (gazetteer[other] is { FeatureClass: 'P' } town && town.Country == c.Country && NameFolding.Fold(town.Name) == surface)
                {
                    (drop ??= []).Add(idx);
                    break;
                }
        }
        return drop is null ? t : t with { Places = t.Places.Where(i => !drop.Contains(i)).ToArray() };
    }

    /// <summary>A world city: a capital of 100,000 or a city of a million. "London", "Cambridge" and "Heathrow" in a
    /// story that also names US places stayed London, Ohio and Heathrow, Florida (GeoWebNews): the story's US vote and
    /// a neighbour's nearness outweighed the population prior.</summary>
    private int WorldCityOf(int[] places)
    {
        var best = -1;
        foreach (var idx in places)
            if (gazetteer[idx] is { FeatureClass: 'P' } p && (p.Population >= WorldCityPopulation || p.FeatureCode == "PPLC" && p.Population >= 100_000)
                && (best < 0 || p.Population > gazetteer[best].Population)) best = idx;
        return best;
    }

    private const int WorldCityPopulation = 1_000_000;

    /// <summary>A small namesake of a world city is read only when the text backs it: its state named outright, the
    /// outlet's home region, or its county beside it. Nearness alone is no backing: every US story has a US place near
    /// London, Ohio.</summary>
    private bool UnbackedNamesake(int worldCity, int idx, ContextVotes votes, OutletProfile? outlet, bool byCounty, List<GazetteerPlace?> sure, int self)
    {
        if (worldCity < 0 || idx == worldCity) return false;
        var p = gazetteer[idx];
        if (!p.IsTownOrCounty) return false;
        if (p.Population >= SmallNamesakePopulation) return false;   // Alexandria, Virginia is a city of its own
        return !Backed(p, votes, outlet, byCounty, sure, self);
    }

    /// <summary>Whether the text backs a namesake reading: its state named outright, the outlet's home region, its county beside it
    /// or an unambiguous town of the story near it.</summary>
    private static bool Backed(GazetteerPlace p, ContextVotes votes, OutletProfile? outlet, bool byCounty, List<GazetteerPlace?> sure, int self) =>
        byCounty || votes.NamesRegionOf(p) || (outlet?.Bonus(p) ?? 0) >= OutletBacking
        || sure.Where((s, j) => j != self && s is { } n && n.Country == p.Country && n.Admin1 == p.Admin1
                                 && GeoDistance.Km(p.Lat, p.Lon, n.Lat, n.Lon) < NeighbourKm).Any();

    /// <summary>
    /// A name with local news words around it ("Paris firefighters", "London city council", "Norfolk High School", <see cref="LocalTownCues"/>)
    /// is the writer's home town: of its town and county readings, those the story or the outlet backs (its state named, the outlet
    /// at home there, a sure neighbour; or the outlet's domain bearing the name, "norfolkdailynews.com", and the outlet seen there at all).
    /// Only those compete, with the world city of their own country ("Los Angeles police" in a Texas paper is not Los Angeles, Texas);
    /// the world city abroad, the country and the English county of the name drop out; a state of the name stays ("a California man"). Null (no restriction) when none is backed: without
    /// backing "London police" is London's (<see cref="UnbackedNamesake"/>).
    /// </summary>
    private HashSet<int>? HometownReadings(Candidates t, int worldCity, ContextVotes votes, OutletProfile? outlet, List<GazetteerPlace?> sure, int self)
    {
        if (t.Places.Length < 2) return null;
        var domainNamesIt = outlet?.DomainBears(t.Surface) ?? false;
        HashSet<int>? home = null;
        foreach (var idx in t.Places)
        {
            var p = gazetteer[idx];
            if (idx == worldCity || !IsLocal(p)) continue;
            if (Backed(p, votes, outlet, false, sure, self) || domainNamesIt && (outlet?.Bonus(p) ?? 0) > 0) (home ??= []).Add(idx);
        }
        if (home is null) return null;
        if (worldCity >= 0 && home.Any(i => gazetteer[i].Country == gazetteer[worldCity].Country)) home.Add(worldCity);
        foreach (var idx in t.Places) if (gazetteer[idx].IsAdmin1) home.Add(idx);   // "a California man" in a Pennsylvania paper: still the state
        if (home.Count == t.Places.Length) return null;
        return home;
    }

    private const int SmallNamesakePopulation = 100_000;
    private const double NeighbourKm = 200;

    private const double OutletBacking = 1;

    /// <summary>A city of 100,000 or more is what the press means by its bare name: no pair of small namesakes
    /// moves "Washington" to Washington, Pennsylvania, "Houston" to Houston County, Alabama or "Manchester" to
    /// New Hampshire. Only a county's seat next to its county does ("Paris" by "Henry County" is Paris,
    /// Tennessee; "Huntsville" by "Walker County" is Huntsville, Texas): see the caller.</summary>
    private bool BigCityKeepsName(int priorChoice) =>
        priorChoice >= 0 && gazetteer[priorChoice] is { FeatureClass: 'P', Population: >= 100_000 };

    private static bool IsAnchor(GazetteerPlace p) => p.FeatureClass is 'P' or 'S' or 'H' or 'T' || p.FeatureCode == "ADM2";

    private static bool IsLocal(GazetteerPlace p) => p.IsTownOrCounty;

    private IEnumerable<int> TopByPrior(int[] places) =>
        places.Length <= MaxCandidatesCompared ? places : places.OrderByDescending(Prior).Take(MaxCandidatesCompared);

    /// <summary>Country-name prior: the gazetteer's countries carry no population (log term 1), so a story full of
    /// US states gave "Mexico" to Mexico, Missouri ("troops to the Mexico border", GeoWebNews ×3): a US town of 10,000
    /// (log 4) plus the story's US vote outscored the country. A country is what a bare country name means unless the
    /// text says otherwise ("Mexico, Mo.", "Lebanon police": the container and local-cue rules keep only the town then).
    /// Worth 2.5 in the log term: enough for a country over a
    /// small namesake town in a story elsewhere, not over a US state in a US story ("Georgia", "Jordan, Minnesota").</summary>
    internal const double CountryNamePrior = 2.5;

    /// <summary>"Georgia" is a country and a US state of the same standing: the country-name prior does not choose
    /// between them, the story does (GeoVirus: "a contract lab in Georgia", a US story, went to the country).</summary>
    private bool SharesNameWithRegion(GazetteerPlace country) =>
        // Prior runs for every candidate of every toponym: the name lookup is done once per country, not each time.
        _countryNamedLikeRegion.GetOrAdd(country.Index, _ =>
        {
            foreach (var i in gazetteer.Lookup(country.Name))
                if (gazetteer[i].IsAdmin1) return true;
            return false;
        });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _countryNamedLikeRegion = new();

    public double Prior(int index)
    {
        var p = gazetteer[index];
        double score = Math.Log10(p.Population + 10);
        if (p.IsCountry) score += (p.FeatureCode == "PCLI" ? 8 : 5) + (SharesNameWithRegion(p) ? 0 : CountryNamePrior);   // a country's name is seldom a village's; a dependency's ("Norfolk") more often
        else if (p.FeatureClass == 'A') score += p.FeatureCode == "ADM1" ? 4 : p.FeatureCode == "ADM2" ? 3 : 2;
        else if (p.FeatureClass == 'L' && p.FeatureCode is "CONT" or "RGN") score += 5;
        else if (p.FeatureClass is 'H' or 'T' or 'L') score += 3;
        else if (p.FeatureCode == "PPLC") score += 2;
        else if (p.FeatureCode == "PPLA") score += 1;
        if (p.Curated) score += p.FeatureClass is 'H' or 'L' or 'T' or 'S' ? 3 : 1.5;   // "Atlantic" is the ocean before Atlantic, Iowa
        // A curated facility (Heathrow Airport) carries no population: without the +3 a town of 6,000 (Heathrow, Florida) outranked it (GeoWebNews ×3).
        return score;
    }
}
