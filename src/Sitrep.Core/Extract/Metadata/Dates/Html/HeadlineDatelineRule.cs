using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>
/// The dateline sits next to the headline: a short element just before or after the article's &lt;h1&gt;
/// holding a date ("&lt;h1&gt;Title&lt;/h1&gt;&lt;p&gt;January 22, 2014&lt;/p&gt;"), even when the template gives it no
/// telling class name.
/// </summary>
public sealed class HeadlineDatelineRule : IHtmlDateRule
{
    private const int Neighbours = 3;

    public string Name => "headline-dateline";

    public IEnumerable<DateFinding> Find(HtmlDatePage page)
    {
        var h1 = page.Markup.ArticleH1 ?? page.Markup.H1s.FirstOrDefault();
        if (h1 is null || PageRegions.InForeignRegion(h1)) yield break;
        foreach (var e in Around(h1))
        {
            if (Metadata.Html.ShortText.Of(e, 150) is not { } text) continue;
            foreach (var m in DateExpressions.FindAll(text, field: text.Length <= 60))
                if (m.Date.Precision == DatePrecision.Day)
                {
                    yield return new DateFinding(m.Date, DateFinding.Excerpt(text, 100), 0.65, Name);
                    yield break;
                }
        }
    }

    /// <summary>Siblings after, then before the headline; then those of its parent (the header block).</summary>
    private static IEnumerable<IElement> Around(IElement h1)
    {
        for (var x = h1; x is not null && x.LocalName != "body"; x = x.ParentElement)
        {
            int n = 0;
            for (var s = x.NextElementSibling; s is not null && n < Neighbours; s = s.NextElementSibling, n++) yield return s;
            n = 0;
            for (var s = x.PreviousElementSibling; s is not null && n < Neighbours; s = s.PreviousElementSibling, n++) yield return s;
            if (x != h1) yield break;
        }
    }
}
