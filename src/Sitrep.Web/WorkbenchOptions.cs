namespace Sitrep.Web;

public sealed class WorkbenchOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The store to serve (must exist).</summary>
    public required string DbPath { get; init; }

    /// <summary>Where to listen (Kestrel's ';'-separated URLs).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>When set, every request must show it; required when listening beyond loopback.</summary>
    public string? Token { get; init; }

    /// <summary>The folder of static assets (our CSS and JS, and the npm libraries copied at build time).</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
