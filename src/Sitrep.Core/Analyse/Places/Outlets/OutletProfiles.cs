using System.Globalization;
using Sitrep.Documents;

namespace Sitrep.Analyse.Places.Outlets;

/// <summary>
/// The home regions of many outlets, keyed by domain ("thetowntalk.com"): built from a corpus by a
/// cross-document pass (<c>sitrep outlets build</c>), read back from a TSV file (<c>analyze --outlets</c>).
/// Immutable. <see cref="For(string?, IReadOnlyCollection{OutletSighting}?)"/> can leave one article's own
/// sightings out, so that a profile scored on its own corpus behaves like one learned from the rest of the
/// outlet's stream.
/// </summary>
public sealed class OutletProfiles
{
    private readonly Dictionary<string, Dictionary<(string, string), int>> _counts;

    private OutletProfiles(Dictionary<string, Dictionary<(string, string), int>> counts) => _counts = counts;

    public static OutletProfiles Empty { get; } = new([]);

    public int Count => _counts.Count;

    public IEnumerable<string> Domains => _counts.Keys.Order(StringComparer.Ordinal);

    /// <param name="articles">Each article's outlet (a page address, a domain or an outlet's name) and confident sightings.</param>
    public static OutletProfiles Build(IEnumerable<(string? Url, IReadOnlyCollection<OutletSighting> Sightings)> articles)
    {
        var counts = new Dictionary<string, Dictionary<(string, string), int>>(StringComparer.Ordinal);
        foreach (var (url, sightings) in articles)
        {
            if (DomainOf(url) is not { } domain) continue;
            if (!counts.TryGetValue(domain, out var regions)) counts[domain] = regions = [];
            foreach (var s in sightings) regions[(s.Country, s.Admin1)] = regions.GetValueOrDefault((s.Country, s.Admin1)) + s.Weight;
        }
        return new(counts);
    }

    /// <summary>The profile of the outlet at <paramref name="url"/> (a page address or a bare domain), without
    /// the sightings <paramref name="leaveOut"/> (the article being resolved); null when the outlet is unknown.</summary>
    public OutletProfile? For(string? url, IReadOnlyCollection<OutletSighting>? leaveOut = null)
    {
        if (DomainOf(url) is not { } domain || !_counts.TryGetValue(domain, out var regions)) return null;
        if (leaveOut is null || leaveOut.Count == 0) return new OutletProfile(regions, domain);
        var rest = new Dictionary<(string Country, string Admin1), int>(regions.Count);
        foreach (var (key, n) in regions) rest[key] = n;
        foreach (var s in leaveOut)
            if (rest.TryGetValue((s.Country, s.Admin1), out var n)) rest[(s.Country, s.Admin1)] = Math.Max(0, n - s.Weight);
        return new OutletProfile(rest, domain);
    }

    /// <summary>The outlet of a document: the domain of its address, else the outlet a CSV column or feed names.</summary>
    public static string? KeyOf(Document document) =>
        DomainOf(document.Source.Url) ?? DomainOf(document.Hints.Url) ?? DomainOf(document.Hints.Outlet);

    /// <summary>"http://www.thetowntalk.com/article/..." and "thetowntalk.com" are one outlet: the host, lower case, without "www.".
    /// An outlet's name ("The Town Talk") is its own key, lower case.</summary>
    public static string? DomainOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var s = url.Trim();
        if (s.Any(char.IsWhiteSpace)) return string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var host = Uri.TryCreate(s.Contains("://", StringComparison.Ordinal) ? s : "http://" + s, UriKind.Absolute, out var uri) ? uri.Host : null;
        if (string.IsNullOrEmpty(host)) return null;
        host = host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>One line per outlet and region: domain, country, admin1 code, sightings.</summary>
    public void Write(TextWriter writer)
    {
        writer.WriteLine("# sitrep outlet profiles: domain\tcountry\tadmin1\tsightings");
        foreach (var domain in Domains)
            foreach (var ((country, admin1), n) in _counts[domain].OrderByDescending(r => r.Value).ThenBy(r => r.Key.Item1).ThenBy(r => r.Key.Item2))
                writer.WriteLine($"{domain}\t{country}\t{admin1}\t{n.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a malformed line is skipped and reported in <paramref name="errors"/>.</summary>
    public static OutletProfiles Read(TextReader reader, List<string>? errors = null)
    {
        var counts = new Dictionary<string, Dictionary<(string, string), int>>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 4 || DomainOf(f[0]) is not { } domain || !int.TryParse(f[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
            {
                errors?.Add($"line {number}: expected domain, country, admin1 and a count, tab-separated");
                continue;
            }
            if (!counts.TryGetValue(domain, out var regions)) counts[domain] = regions = [];
            regions[(f[1], f[2])] = regions.GetValueOrDefault((f[1], f[2])) + n;
        }
        return new(counts);
    }
}
