namespace Sitrep.Extract.Metadata.Dates;

/// <summary>How much of a date the source actually stated.</summary>
public enum DatePrecision { Year, Month, Day }

/// <summary>A calendar date as written on a page, with the parts the page did not state left at 1.</summary>
public readonly record struct CalendarDate(int Year, int Month, int Day, DatePrecision Precision)
{
    /// <summary>The contract's form: YYYY-MM-DD, YYYY-MM or YYYY depending on precision.</summary>
    public string Format() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    public string PrecisionName => Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => "year",
    };

    public DateOnly ToDateOnly() => new(Year, Month, Day);

    /// <summary>Builds a date when the parts name a real calendar day (rejects 31 February, month 13).</summary>
    public static CalendarDate? TryCreate(int year, int month, int day, DatePrecision precision)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12) return null;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new CalendarDate(year, month, day, precision);
    }
}
