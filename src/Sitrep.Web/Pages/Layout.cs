namespace Sitrep.Web.Pages;

/// <summary>The page frame: one stylesheet, a navigation bar, no inline script or style (the CSP forbids both).</summary>
public static class Layout
{
    public static string Page(string title, Action<HtmlWriter> main, params string[] scripts)
    {
        var w = new HtmlWriter();
        w.Append($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Sitrep</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/app.css">
            """);
        foreach (var script in scripts) w.Append($"<script src=\"{script}\" defer></script>\n");
        w.Append($"""
            </head><body>
            <header class="top"><a class="brand" href="/">Sitrep</a>
            <nav><a href="/">Search</a><a href="/map">Map</a><a href="/timeline">Timeline</a><a href="/stories">Stories</a><a href="/api">API</a></nav>
            </header>
            <main>
            """);
        main(w);
        w.Append($"</main></body></html>\n");
        return w.ToString();
    }
}
