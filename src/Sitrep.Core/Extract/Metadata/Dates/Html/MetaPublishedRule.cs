namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// Publication-date meta tags: Open Graph article:published_time (ogp.me "article" vertical), Dublin Core
/// (DCMI Terms: date, issued, created), and the vendor names that content systems and analytics tags write
/// (sailthru, parsely, cXense, Google Scholar citation_*). Also itemprop="datePublished" microdata on any
/// element with a content or datetime attribute (HTML Microdata §5.4).
/// </summary>
public sealed class MetaPublishedRule : IHtmlDateRule
{
    /// <summary>Lower-cased name/property values that state the original publication date, best first.</summary>
    internal static readonly string[] Names =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published", "published_time",
        "datepublished", "date_published", "publication_date", "publish_date", "publish-date", "publishdate", "pubdate",
        "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "dc.created",
        "citation_publication_date", "citation_date", "citation_online_date", "sailthru.date", "parsely-pub-date",
        "cxenseparse:recs:publishtime", "originalpublicationdate", "article_date_original", "article.published",
        "bt:pubdate", "rnews:datepublished", "displaydate", "og:pubdate", "shareaholic:article_published_time",
        "analyticsattributes.articledate", "date.available", "created", "creation_date", "date", "datecreated",
        "release_date", "content_create_date", "ga_pubdate", "pub_date", "published", "published_date", "timestamp",
    ];

    /// <summary>
    /// Names that say "a date" without saying which: content systems fill them with the last edit as often
    /// as with the publication, so they are trusted less than names that say "published".
    /// </summary>
    private static readonly HashSet<string> Generic = ["date", "dc.date", "dcterms.date", "timestamp", "created", "datecreated", "dc.created", "creation_date"];

    private static readonly Dictionary<string, int> Rank = Names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);

    public string Name => "meta";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        var found = new List<(int Rank, DateFinding Finding)>();
        foreach (var meta in page.Markup.Metas)
        {
            var key = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv"))?.Trim().ToLowerInvariant();
            if (key is null || !Rank.TryGetValue(key, out var rank)) continue;
            var content = meta.GetAttribute("content");
            if (DateExpressions.ParseField(content) is { } d)
                found.Add((rank, new DateFinding(d, $"<meta {key}=\"{DateFinding.Excerpt(content!, 40)}\">", Generic.Contains(key) ? 0.8 : 0.9, Name) { UtcHour = DateFinding.UtcHourOf(content) }));
        }
        foreach (var e in page.Markup.ItemProps)
        {
            if (e.LocalName == "meta" || e.GetAttribute("itemprop") is not ("datePublished" or "dateCreated")) continue;
            var value = e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent;
            if (DateExpressions.ParseField(value) is { } d)
                found.Add((Rank["datepublished"], new DateFinding(d, $"<{e.LocalName} itemprop=\"{e.GetAttribute("itemprop")}\"> {DateFinding.Excerpt(value, 40)}", 0.88, Name)));
        }
        return found.OrderBy(f => f.Rank).Select(f => f.Finding);
    }
}
