namespace Sitrep.Extract.Metadata.Dates;

/// <summary>The date a container gave next to the page (feed pubDate, CSV date column, --date is NOT this: that is the collection date).</summary>
public static class HintedDate
{
    public static DateFinding? From(Documents.DocumentHints hints, DateWindow window)
    {
        if (DateExpressions.ParseField(hints.Date) is not { } d || !window.Contains(d)) return null;
        return new DateFinding(d, "date given with the document: " + DateFinding.Excerpt(hints.Date!, 40), 0.75, "hint");
    }
}
