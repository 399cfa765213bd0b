using Sitrep.Extract.Metadata.Dates;

namespace Sitrep.Tests.Extract.Metadata;

/// <summary>The month-name patterns run only in windows around month names; every date they found over the whole
/// text must still be found, including the parts of a match far from its month.</summary>
public class MonthWordWindowsTests
{
    private static List<string> Dates(string text, bool field = false) =>
        DateExpressions.FindAll(text, field).Select(m => m.Date.Format()).ToList();

    [Theory]
    [InlineData("Posted 16th de " + "                                        " + "diciembre de 2016 by staff", "2016-12-16")]
    [InlineData("Wednesday November 20, 2019", "2019-11-20")]
    [InlineData("Dec.\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n 16th,                           2016", "2016-12-16")]
    [InlineData("20November 2019", "2019-11-20")]
    [InlineData("5 كانون الثاني 2017", "2017-01-05")]
    [InlineData("Archive: JULY 2022", "2022-07")]
    public void A_match_reaching_far_from_its_month_word_is_found_whole(string text, string expected)
    {
        Dates(text).Should().Equal(expected);
    }

    [Fact]
    public void Adjacent_dates_each_keep_their_own_day_and_month()
    {
        Dates("From 3 March 2019 to April 5, 2019, then May 2019 and 12. Mai 2019.")
            .Should().Equal("2019-03-03", "2019-04-05", "2019-05", "2019-05-12");
    }

    [Fact]
    public void Words_that_merely_start_like_a_month_hold_no_date()
    {
        Dates("Marching 20, 2019 and Decembers 2016 and Junes 5 2018").Should().BeEmpty();
        DateExpressions.FindAll("Augusto 12, 2019").Should().BeEmpty();
    }

    [Fact]
    public void The_window_search_finds_no_month_where_there_is_none()
    {
        MonthWordWindows.Find("20, 2019 by staff", 0, 17, MonthWordWindows.DayFirst).Should().BeEmpty();
        var windows = MonthWordWindows.Find("On 16 December 2016 we", 0, 22, MonthWordWindows.DayFirst);
        windows.Should().ContainSingle().Which.Should().Be((0, 22), "the window reaches back over the day and on to the year");
    }
}
