using System.Net;

namespace Sitrep.Web.Security;

/// <summary>Which listening addresses are private to this machine. Anything else needs a token.</summary>
public static class BindingPolicy
{
    /// <summary>The first address in <paramref name="urls"/> (separated by ';') that is not loopback, or null.</summary>
    public static string? FirstRemote(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!IsLoopback(url)) return url;
        return null;
    }

    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcards (http://*:80, http://+:80, http://0.0.0.0) bind every interface.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard").Replace("://+", "://wildcard"), UriKind.Absolute, out var uri)) return false;
        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
