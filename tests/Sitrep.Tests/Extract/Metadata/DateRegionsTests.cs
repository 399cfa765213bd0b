using Sitrep.Extract.Metadata.Dates;

namespace Sitrep.Tests.Extract.Metadata;

/// <summary>On long texts the month-name patterns run only near the years; the matches must be those of a whole-text search.</summary>
public class DateRegionsTests
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("The talks in Geneva went on through the night without agreement on the corridors. ", 40));

    [Fact]
    public void Long_text_finds_the_same_month_name_dates_as_short_pieces_of_it()
    {
        string[] pieces =
        [
            "Posted on 16" + new string(' ', 300) + "\n\n\n" + new string('\n', 200) + "December 2016 by staff",
            "Updated Sept. 3rd, 2019 at noon",
            "a bus to Sepmay 2016 (no month: a longer word)",
            "16 de diciembre de 2016",
            "Archive: JULY 2022",
            "١٦ ديسمبر ٢٠١٦",
        ];
        var text = Filler + string.Join(Filler, pieces) + Filler;
        text.Length.Should().BeGreaterThan(5_000, "the region search starts at 2,000 characters");

        var whole = DateExpressions.FindAll(text).Select(m => (m.Date.Format(), m.Date.Precision)).ToList();
        var separately = pieces.SelectMany(p => DateExpressions.FindAll(p)).Select(m => (m.Date.Format(), m.Date.Precision)).ToList();

        whole.Should().Equal(separately);
        whole.Should().Equal(
            ("2016-12-16", DatePrecision.Day), ("2019-09-03", DatePrecision.Day), ("2016-12-16", DatePrecision.Day),
            ("2022-07", DatePrecision.Month), ("2016-12-16", DatePrecision.Day));
    }

    [Fact]
    public void Text_without_a_year_or_a_letter_skips_the_patterns_but_iso_fields_still_parse()
    {
        DateExpressions.FindAll("by Maria Petrova, Moscow correspondent").Should().BeEmpty();
        DateExpressions.ParseField("2019-11-19T10:00:00Z")!.Value.Format().Should().Be("2019-11-19");
        DateExpressions.ParseField("  2019-11-19")!.Value.Format().Should().Be("2019-11-19");
        DateExpressions.ParseField("2019-13-45 or 19.11.2019")!.Value.Format().Should().Be("2019-11-19");
        DateExpressions.ParseField("20191119")!.Value.Format().Should().Be("2019-11-19");
    }
}
