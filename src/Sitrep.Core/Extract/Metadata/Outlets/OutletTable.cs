using System.Reflection;
using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Outlets;

/// <summary>One known outlet: display name, canonical domain, other names and domains, and its self-signatures.</summary>
public sealed record KnownOutlet(string Name, string Domain, IReadOnlyList<string> Aliases, IReadOnlyList<string> Signatures)
{
    /// <summary>Names a page may write: the display name and the aliases that are not domains.</summary>
    public IEnumerable<string> Names => Aliases.Where(a => !a.Contains('.')).Prepend(Name);
    public IEnumerable<string> Domains => Aliases.Where(a => a.Contains('.')).Select(a => a.Split('/')[0]).Prepend(Domain);
}

/// <summary>
/// The curated outlet table (outlets.tsv, embedded): maps a host to an outlet, a name to its domain, and
/// finds self-signatures in flattened text ("Support The Duran on Patreon", "© 2016 Sputnik",
/// "... do not necessarily represent those of The Duran"). A bare mention of a name is a citation, not a
/// signature: "RT reports" or a "© Reuters" photo credit say nothing about who published the page.
/// </summary>
public sealed class OutletTable
{
    public static OutletTable Default { get; } = Load();

    public IReadOnlyList<KnownOutlet> Outlets { get; }
    private readonly Dictionary<string, KnownOutlet> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KnownOutlet> _byDomain = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(KnownOutlet Outlet, Regex Pattern)> _signatures = [];

    public OutletTable(IReadOnlyList<KnownOutlet> outlets)
    {
        Outlets = outlets;
        foreach (var o in outlets)
        {
            foreach (var n in o.Names) _byName.TryAdd(n.Trim(), o);
            foreach (var d in o.Domains) _byDomain.TryAdd(d.Trim(), o);
            _signatures.Add((o, SignaturePattern(o)));
        }
    }

    /// <summary>The outlet whose domain is the host or a parent of it (news.example.com → example.com).</summary>
    public KnownOutlet? ByHost(string? host)
    {
        if (string.IsNullOrEmpty(host)) return null;
        host = host.ToLowerInvariant().TrimEnd('.');
        while (true)
        {
            if (_byDomain.TryGetValue(host, out var o)) return o;
            int dot = host.IndexOf('.');
            if (dot < 0 || host.IndexOf('.', dot + 1) < 0) return null;
            host = host[(dot + 1)..];
        }
    }

    public KnownOutlet? ByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim();
        if (_byName.TryGetValue(name, out var o)) return o;
        // "The Duran" vs "Duran", "RT.com" vs "RT".
        if (name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && _byName.TryGetValue(name[4..], out o)) return o;
        if (_byDomain.TryGetValue(name.ToLowerInvariant(), out o)) return o;
        return null;
    }

    /// <summary>Outlets whose self-signatures occur in the text, with the number of occurrences and the first one, strongest first.</summary>
    public IReadOnlyList<(KnownOutlet Outlet, int Count, string Evidence)> FindSignatures(string text)
    {
        var hits = new List<(KnownOutlet, int, string)>();
        if (string.IsNullOrEmpty(text)) return hits;
        foreach (var (outlet, pattern) in _signatures)
        {
            // Every signature contains one of the outlet's names or literal signatures: a vectorised substring test skips the
            // regex for the many outlets a page never names (most of the cost on long pages).
            if (!outlet.Names.Concat(outlet.Signatures).Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase))) continue;
            try
            {
                var ms = pattern.Matches(text);
                if (ms.Count > 0) hits.Add((outlet, ms.Count, ms[0].Value));
            }
            catch (RegexMatchTimeoutException) { }
        }
        return hits.OrderByDescending(h => h.Item2).ToList();
    }

    private static Regex SignaturePattern(KnownOutlet o)
    {
        // Short aliases ("AP", "RI") are too ambiguous to build sentences around.
        var names = string.Join("|", o.Names.Where(n => n.Length >= 4 || n == o.Name).OrderByDescending(n => n.Length).Select(Regex.Escape));
        var n = $@"(?:{names})(?![\p{{L}}\d])";
        var self = new[]
        {
            $@"(?:support|donate to|subscribe to|help|back)\s+{n}",
            $@"(?:©|copyright|\(c\))\s*(?:(?:19|20)\d{{2}}\s*[-–]?\s*){{1,2}}{n}",
            $@"{n}\s*(?:©|copyright)\s*(?:19|20)\d{{2}}",
            $@"(?:do not|don't|does not)\s+necessarily\s+(?:represent|reflect)[^.\n]{{0,80}}?{n}",
            $@"(?:a\s+)?readers?\s+of\s+{n}",
            $@"{n}\s+mug",
        };
        var extra = o.Signatures.Select(Regex.Escape);
        return new Regex(string.Join("|", self.Concat(extra)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(10));
    }

    private static OutletTable Load()
    {
        var asm = typeof(OutletTable).Assembly;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("outlets.tsv", StringComparison.Ordinal));
        if (name is null) return new OutletTable([]);
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return new OutletTable(Parse(reader.ReadToEnd()));
    }

    internal static List<KnownOutlet> Parse(string tsv)
    {
        var list = new List<KnownOutlet>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var c = line.Split('\t');
            if (c.Length < 2 || c[0].Trim().Length == 0) continue;
            static string[] List(string[] c, int i) => i < c.Length ? c[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            list.Add(new KnownOutlet(c[0].Trim(), c[1].Trim(), List(c, 2), List(c, 3)));
        }
        return list;
    }
}
