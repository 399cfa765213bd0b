namespace Sitrep.Extract.Metadata.Dates;

/// <summary>
/// The span of plausible publication dates: not before 1995 (the web news era; older dates on a page are
/// history, not its publication) and not after the day the page was collected (or today when unknown).
/// </summary>
public sealed record DateWindow(DateOnly Earliest, DateOnly Latest)
{
    public static readonly DateOnly WebEra = new(1995, 1, 1);

    public static DateWindow For(Documents.DocumentHints hints)
    {
        var latest = DateOnly.FromDateTime(DateTime.UtcNow);
        if (DateExpressions.ParseField(hints.CollectedDate) is { Precision: DatePrecision.Day } collected)
            latest = collected.ToDateOnly();
        // A page written in a time zone ahead of the collector's clock can carry tomorrow's date.
        return new DateWindow(WebEra, latest.AddDays(1));
    }

    public bool Contains(CalendarDate date)
    {
        var first = date.ToDateOnly();
        return first >= Earliest && first <= Latest;
    }
}
