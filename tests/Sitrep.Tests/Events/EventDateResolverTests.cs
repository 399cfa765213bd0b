using Sitrep.Analyse.Events;
using Sitrep.Documents;

namespace Sitrep.Tests.Events;

public class EventDateResolverTests
{
    private static readonly PublishedDate Thursday = EventTestDocs.Day("2017-06-01");   // a Thursday

    [Fact]
    public void A_month_and_day_take_the_article_year()
    {
        var d = EventDateResolver.Resolve("The convoy was destroyed on May 25.", Thursday, null)!;
        (d.Date, d.Precision, d.Text, d.Warning).Should().Be(("2017-05-25", "day", "May 25", null));
    }

    [Fact]
    public void A_day_after_the_article_belongs_to_the_year_before()
    {
        EventDateResolver.Resolve("It started on December 20.", Thursday, null)!.Date.Should().Be("2016-12-20");
    }

    [Fact]
    public void A_night_across_two_days_keeps_both()
    {
        var d = EventDateResolver.Resolve("Another attempt came on the night of May 29 to 30.", Thursday, null)!;
        (d.Date, d.End).Should().Be(("2017-05-29", "2017-05-30"));
    }

    [Fact]
    public void Weekdays_resolve_backwards_from_the_article()
    {
        EventDateResolver.Resolve("Last Tuesday, the army broke the siege.", Thursday, null)!.Date.Should().Be("2017-05-30");
        EventDateResolver.Resolve("On Thursday the talks resumed.", Thursday, null)!.Date.Should().Be("2017-06-01");
        EventDateResolver.Resolve("Last Thursday the talks resumed.", Thursday, null)!.Date.Should().Be("2017-05-25");
        EventDateResolver.Resolve("Rebels shelled the town yesterday.", Thursday, null)!.Date.Should().Be("2017-05-31");
    }

    [Fact]
    public void The_same_day_and_the_day_before_lean_on_the_previous_event()
    {
        var previous = new EventDate("2017-05-25", "day", "May 25");
        EventDateResolver.Resolve("Earlier the same day, jets hit a depot.", Thursday, previous)!.Date.Should().Be("2017-05-25");
        EventDateResolver.Resolve("The previous day, jets hit a depot.", Thursday, previous)!.Date.Should().Be("2017-05-24");
    }

    [Fact]
    public void An_uncertain_article_date_is_said_and_a_missing_one_leaves_the_year_open()
    {
        EventDateResolver.Resolve("Jets struck on May 25.", EventTestDocs.Day("2017-06-01", 0.3), null)!.Warning.Should().Contain("uncertain");
        var open = EventDateResolver.Resolve("Jets struck on May 25.", null, null)!;
        (open.Date, open.Precision).Should().Be(("--05-25", "day"));
        open.Warning.Should().Contain("year unknown");
        EventDateResolver.Resolve("Jets struck last Tuesday.", null, null).Should().BeNull();
    }

    [Fact]
    public void A_month_and_year_is_month_precision()
    {
        var d = EventDateResolver.Resolve("The offensive began in December 2016.", Thursday, null)!;
        (d.Date, d.Precision).Should().Be(("2016-12", "month"));
    }
}
