using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// Picks one gazetteer place for each toponym of a document. A reader resolves "Palmyra" from the
/// story around it, so this does too, in two passes:
///   1. prior: feature type (country > admin region > capital > admin seat > town), curated rows
///      (they are the places the news names) and population (log scale);
///   2. context: the countries and first-level regions the document's names point to (each toponym
///      votes for the country of its best prior reading; a country name votes twice), so "Palmyra" in a
///      story that also names Syria and Homs is Tadmur, SY, not Palmyra, New York.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    public sealed record Candidates(string Surface, int[] Places, bool HeadStripped);

    /// <summary>Resolves every toponym; null where a toponym has no candidate.</summary>
    public GazetteerPlace?[] Resolve(IReadOnlyList<Candidates> toponyms, IReadOnlyCollection<string>? extraCountries = null)
    {
        var countryVotes = new Dictionary<string, double>();
        var adminVotes = new Dictionary<(string, string), double>();
        double total = 0;
        foreach (var t in toponyms)
        {
            if (t.Places.Length == 0) continue;
            // Each toponym spreads its vote over the countries (and first-level regions) it may be in:
            // an unambiguous name ("Pineville") votes fully for its country, "Alexandria" only a little
            // for each of Egypt, the United States and Romania. A country name votes twice.
            var countries = new HashSet<string>();
            var admins = new HashSet<(string, string)>();
            var isCountry = false;
            foreach (var idx in t.Places)
            {
                var p = gazetteer[idx];
                countries.Add(p.Country);
                if (p.Admin1.Length > 0 && !p.IsCountry) admins.Add((p.Country, p.Admin1));
                isCountry |= p.IsCountry && t.Places.Length == 1;
            }
            var weight = isCountry ? 2.0 : 1.0;
            foreach (var c in countries) countryVotes[c] = countryVotes.GetValueOrDefault(c) + weight / countries.Count;
            foreach (var a in admins) adminVotes[a] = adminVotes.GetValueOrDefault(a) + weight / admins.Count;
            total += weight;
        }
        if (extraCountries is not null)
            foreach (var c in extraCountries) { countryVotes[c] = countryVotes.GetValueOrDefault(c) + 0.5; total += 0.5; }

        var result = new GazetteerPlace?[toponyms.Count];
        for (var k = 0; k < toponyms.Count; k++)
        {
            var t = toponyms[k];
            if (t.Places.Length == 0) continue;
            var bestScore = double.NegativeInfinity;
            var bestIndex = -1;
            foreach (var idx in t.Places)
            {
                var p = gazetteer[idx];
                var score = Prior(idx);
                if (total > 0)
                {
                    score += 6.0 * countryVotes.GetValueOrDefault(p.Country) / total;
                    if (p.Admin1.Length > 0) score += 4.0 * adminVotes.GetValueOrDefault((p.Country, p.Admin1)) / total;
                }
                if (score > bestScore) { bestScore = score; bestIndex = idx; }
            }
            result[k] = gazetteer[bestIndex];
        }
        return Cohere(toponyms, result, countryVotes, adminVotes, total);
    }

    /// <summary>
    /// Third pass: places in one story lie near each other. A town reading within a few hundred km of the
    /// story's other towns gains ("Alexandria" next to "Pineville" is Alexandria, Louisiana). Only towns and
    /// features vote: a country's centre says nothing about where in it the story is.
    /// </summary>
    private GazetteerPlace?[] Cohere(IReadOnlyList<Candidates> toponyms, GazetteerPlace?[] first,
        Dictionary<string, double> countryVotes, Dictionary<(string, string), double> adminVotes, double total)
    {
        var anchors = first.Where(p => p is { } q && q.FeatureClass is 'P' or 'S' or 'H' or 'T').Select(p => p!.Value).ToList();
        if (anchors.Count < 2) return first;
        var result = (GazetteerPlace?[])first.Clone();
        for (var k = 0; k < toponyms.Count; k++)
        {
            var t = toponyms[k];
            if (t.Places.Length < 2 || first[k] is not { } chosen || chosen.FeatureClass != 'P') continue;   // only towns choose between towns
            var bestScore = double.NegativeInfinity;
            GazetteerPlace? best = null;
            foreach (var idx in t.Places.OrderByDescending(Prior).Take(40))
            {
                var p = gazetteer[idx];
                if (p.FeatureClass != 'P') continue;
                var score = Prior(idx);
                if (total > 0)
                {
                    score += 6.0 * countryVotes.GetValueOrDefault(p.Country) / total;
                    if (p.Admin1.Length > 0) score += 4.0 * adminVotes.GetValueOrDefault((p.Country, p.Admin1)) / total;
                }
                if (p.FeatureClass == 'P')
                {
                    var nearest = double.MaxValue;
                    foreach (var a in anchors)
                    {
                        if (a.Index == chosen.Index && a.Index == idx) continue;
                        if (a.Index == chosen.Index) continue;
                        nearest = Math.Min(nearest, Evaluation.GeoEvaluator.DistanceKm(p.Lat, p.Lon, a.Lat, a.Lon));
                    }
                    score += nearest < 100 ? 3 : nearest < 300 ? 2 : nearest < 800 ? 1 : 0;
                }
                if (score > bestScore) { bestScore = score; best = p; }
            }
            result[k] = best;
        }
        return result;
    }

    public double Prior(int index)
    {
        var p = gazetteer[index];
        double score = Math.Log10(p.Population + 10);
        if (p.IsCountry) score += 8;                          // a country's name is seldom a village's
        else if (p.FeatureClass == 'A') score += p.FeatureCode == "ADM1" ? 4 : 2;
        else if (p.FeatureClass == 'L' && p.FeatureCode is "CONT" or "RGN") score += 5;
        else if (p.FeatureClass is 'H' or 'T' or 'L') score += 3;
        else if (p.FeatureCode == "PPLC") score += 2;
        else if (p.FeatureCode == "PPLA") score += 1;
        if (p.Curated) score += p.FeatureClass is 'H' or 'L' or 'T' ? 3 : 1.5;   // "Atlantic" is the ocean before Atlantic, Iowa
        return score;
    }
}
