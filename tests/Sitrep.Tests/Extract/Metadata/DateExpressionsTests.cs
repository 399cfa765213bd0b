using Sitrep.Extract.Metadata.Dates;

namespace Sitrep.Tests.Extract.Metadata;

public class DateExpressionsTests
{
    [Theory]
    [InlineData("Published: 16 December 2016", "2016-12-16")]
    [InlineData("Dec 16, 2016 10:32 am", "2016-12-16")]
    [InlineData("December 16th, 2016", "2016-12-16")]
    [InlineData("16.12.2016", "2016-12-16")]
    [InlineData("Veröffentlicht am 16. Dezember 2016", "2016-12-16")]
    [InlineData("publié le 16 décembre 2016", "2016-12-16")]
    [InlineData("16 de diciembre de 2016", "2016-12-16")]
    [InlineData("16 декабря 2016 г.", "2016-12-16")]
    [InlineData("16 грудня 2016", "2016-12-16")]
    [InlineData("١٦ ديسمبر ٢٠١٦", "2016-12-16")]
    [InlineData("16 كانون الأول، 2016", "2016-12-16")]
    [InlineData("16 Dec, 2016 10:32", "2016-12-16")]
    [InlineData("1er décembre 2016", "2016-12-01")]
    [InlineData("2016-12-16T10:32:00+03:00", "2016-12-16")]
    [InlineData("12/16/2016", "2016-12-16")]
    [InlineData("Sunday, 5 June 2016", "2016-06-05")]
    [InlineData("4 June, 2016", "2016-06-04")]
    public void Reads_day_precision_dates_in_many_languages(string text, string expected)
    {
        var found = DateExpressions.FindAll(text);
        found.Should().ContainSingle();
        found[0].Date.Format().Should().Be(expected);
        found[0].Date.Precision.Should().Be(DatePrecision.Day);
    }

    [Theory]
    [InlineData("JULY 2022", "2022-07")]
    [InlineData("Dezember 2016", "2016-12")]
    public void Reads_month_and_year_as_month_precision(string text, string expected)
    {
        var found = DateExpressions.FindAll(text);
        found.Should().ContainSingle().Which.Date.Format().Should().Be(expected);
    }

    [Theory]
    [InlineData("31.02.2016")]
    [InlineData("version 1.2.3")]
    [InlineData("1,000 militants and 2000 meters")]
    [InlineData("")]
    public void Rejects_what_is_not_a_calendar_date(string text) =>
        DateExpressions.FindAll(text).Should().BeEmpty();

    [Fact]
    public void Two_digit_years_and_compact_dates_only_in_date_fields()
    {
        DateExpressions.FindAll("Party, 30.10.23").Should().BeEmpty();
        DateExpressions.ParseField("30.10.23")!.Value.Format().Should().Be("2023-10-30");
        DateExpressions.ParseField("20161216")!.Value.Format().Should().Be("2016-12-16");
        DateExpressions.ParseField("11/01/2023 12:43:42")!.Value.Format().Should().Be("2023-11-01");
    }

    [Fact]
    public void Hostile_input_does_not_crash_or_hang()
    {
        var junk = string.Concat(Enumerable.Repeat("12 12 12 de de de January ", 4_000));
        var act = () => DateExpressions.FindAll(junk);
        act.Should().NotThrow();
    }
}
