using Sitrep.Documents;

namespace Sitrep.Extract.Metadata.Outlets;

/// <summary>
/// Puts an outlet together from what is known: the page address (domain), names the page gives itself
/// (og:site_name, JSON-LD publisher, application-name, text signatures) and the container's hint.
/// The curated table fills the gap in either direction: a known host names the outlet, a known name
/// gives its domain.
/// </summary>
public static class OutletResolver
{
    private static readonly string[] MobilePrefixes = ["www.", "m.", "mobile.", "amp.", "www1.", "www2."];

    /// <param name="url">The page address, if any.</param>
    /// <param name="names">Names the page gives itself, best first (nulls allowed).</param>
    public static Outlet Resolve(string? url, IEnumerable<string?> names, OutletTable? table = null)
    {
        table ??= OutletTable.Default;
        var domain = DomainOf(url);
        var byHost = table.ByHost(domain);
        var name = names.Select(Clean).FirstOrDefault(n => n is not null);
        var byName = table.ByName(name);
        // The table's display name is steadier than what pages write ("RT International", "RT.com"),
        // but only when the page's own name and host agree with it.
        if (byHost is not null && (name is null || byName == byHost)) name = byHost.Name;
        else if (byName is not null && domain is null) name = byName.Name;
        domain ??= byName?.Domain;
        if (name is null && domain is null) return Outlet.Unknown;
        return new Outlet(name, domain);
    }

    /// <summary>The host without "www."/"m." prefixes, lower case (an archived copy's original host); null for no or a relative address.</summary>
    public static string? DomainOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(ArchivedUrl.Original(url.Trim()), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        if (uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.ToLowerInvariant();
        foreach (var p in MobilePrefixes)
            if (host.StartsWith(p, StringComparison.Ordinal) && host.IndexOf('.', p.Length) > 0) { host = host[p.Length..]; break; }
        return host;
    }

    private static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length > 80 || name.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return null;
        return name;
    }
}
