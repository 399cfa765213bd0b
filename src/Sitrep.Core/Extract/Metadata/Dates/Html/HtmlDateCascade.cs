namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// The publication-date cascade for HTML. Sources, most reliable first:
/// <list type="number">
/// <item>a full date in the URL: content systems write the publisher's local day there when the article is created
/// (unless metadata and dateline agree on another day: the article went out later);</item>
/// <item>machine-readable metadata (JSON-LD, meta tags), unless the visible dateline disagrees and is corroborated;</item>
/// <item>the visible dateline (&lt;time&gt;, dateline elements, labelled dates in the text);</item>
/// <item>dates in the data scripts embed, modification dates, the most frequent date in the text, year and month in the URL, the copyright year.</item>
/// </list>
/// Why the dateline can overrule metadata: metadata is often stale (the template's creation date, a first
/// draft) or in UTC (23:00Z on the 4th is the 5th in Berlin), while the dateline is what the publisher shows
/// readers. It wins only when something else backs it: it is the local day of a UTC metadata timestamp late or early
/// enough in the day to cross midnight in some time zone, another machine-readable date on the page states the same day (an update the
/// metadata also records), the metadata is a generic "date" field, or two independent parts of the
/// template show the dateline's day while none shows the metadata's. Only plausible candidates (inside <see cref="DateWindow"/>) count.
/// </summary>
public sealed class HtmlDateCascade
{
    public static readonly HtmlDateCascade Default = new();

    private readonly IHtmlDateRule _url = new UrlDateRule();
    private readonly IHtmlDateRule[] _machine = [new JsonLdPublishedRule(), new MetaPublishedRule()];
    private readonly IHtmlDateRule[] _visible = [new TimeElementRule(), new DateElementRule(), new HeadlineDatelineRule(), new LabelledTextRule()];
    private readonly IHtmlDateRule _script = new ScriptDataRule();
    private readonly IHtmlDateRule _modified = new ModifiedDateRule();
    private readonly IHtmlDateRule[] _fallbacks = [new FrequentTextDateRule(), new UrlMonthRule(), new CopyrightYearRule()];

    /// <summary>Every rule in the order the cascade consults them.</summary>
    public IReadOnlyList<IHtmlDateRule> Rules => [_url, .. _machine, .. _visible, _script, _modified, .. _fallbacks];

    public DateFinding? Find(HtmlDatePage page)
    {
        // The visible dateline is read only when it can change the answer: it is the costliest source
        // (date patterns over element and page text).
        var url = First(page, _url);
        var machine = First(page, _machine);
        if (url is not null)
        {
            // The URL holds the day the article was created; when the metadata and the dateline agree on
            // another day, the article went out that day.
            if (machine is not null && machine.Date != url.Date && machine.Date.Precision == DatePrecision.Day
                && First(page, _visible) is { } dateline && machine.Date == dateline.Date)
                return machine with { Evidence = machine.Evidence + $" (dateline agrees; URL says {url.Date.Format()})" };
            return url;
        }
        var visible = First(page, _visible);
        if (machine is not null)
        {
            if (visible is not null && visible.Date != machine.Date && visible.Date.Precision == DatePrecision.Day && Corroborated(visible, machine, page))
                return visible with { Evidence = visible.Evidence + $" (metadata says {machine.Date.Format()})", Confidence = 0.8 };
            return machine;
        }
        if (visible is not null) return visible;
        if (First(page, _script) is { } script) return script;
        if (First(page, _modified) is { } modified) return modified;
        return First(page, _fallbacks);
    }

    private bool Corroborated(DateFinding visible, DateFinding machine, HtmlDatePage page)
    {
        // A generic "date" field against a dateline the reader sees: the dateline is the statement.
        if (machine.Confidence < 0.85) return true;
        // Two independent parts of the template (a <time> and a dateline block) show the same day, and none shows the metadata's day.
        var shown = _visible.SelectMany(r => r.Find(page).Take(4).Select(f => (Rule: r.Name, f.Date))).ToList();
        if (shown.Where(s => s.Date == visible.Date).Select(s => s.Rule).Distinct().Count() >= 2 && !shown.Any(s => s.Date == machine.Date)) return true;
        if (machine.Date.Precision == DatePrecision.Day && machine.MayBeLocally(visible.Date)) return true;
        return _machine.Append(_modified).SelectMany(r => r.Find(page)).Any(f => f.Date == visible.Date);
    }

    private static DateFinding? First(HtmlDatePage page, params IHtmlDateRule[] rules)
    {
        foreach (var rule in rules)
            foreach (var finding in rule.Find(page))
                if (page.Window.Contains(finding.Date)) return finding;
        return null;
    }
}
