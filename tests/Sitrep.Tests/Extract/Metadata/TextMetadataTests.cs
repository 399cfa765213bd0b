using Sitrep.Documents;
using static Sitrep.Tests.Extract.Metadata.MetadataFixtures;

namespace Sitrep.Tests.Extract.Metadata;

/// <summary>Flattened pages in the style of the seeds (written for these tests).</summary>
public class TextMetadataTests
{
    private const string DuranStyle = """
        in ,

        Syrian Army retakes the Palmyra citadel

        The Syrian Army said on Sunday that it had retaken the citadel of Palmyra after heavy fighting.

        Help us grow. Support The Duran on Patreon!

        The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of The Duran.

        What do you think?
        """;

    [Fact]
    public void Headline_after_an_empty_category_crumb_exactly_as_written()
    {
        var m = Text(DuranStyle);
        m.Title.Should().Be("Syrian Army retakes the Palmyra citadel");
    }

    [Fact]
    public void Self_signatures_name_the_outlet_and_the_table_gives_its_domain()
    {
        var m = Text(DuranStyle);
        m.Outlet.Should().Be(new Outlet("The Duran", "theduran.com"));
    }

    [Fact]
    public void Citing_an_outlet_does_not_make_the_page_that_outlet()
    {
        var m = Text("""
            A blog looks at the week in Syria

            The province is oil-rich and RT reports that there is a race for Deir ez-Zor. Iran’s Press TV has reported the same.

            © Reuters
            """);
        m.Outlet.Name.Should().BeNull();
    }

    [Fact]
    public void Month_banner_above_the_headline_that_disagrees_with_the_story_is_not_trusted()
    {
        var m = Text("""
            JULY 2022

            Lavrov: offensive on Palmyra gives respite to militants in Aleppo

            Russian Foreign Minister Sergey Lavrov said during a press conference in Belgrade that the offensive was launched from Mosul.

            Russia's defence budget was reduced in 2016 and will fall again from 2016 levels.
            """);
        m.Title.Should().Be("Lavrov: offensive on Palmyra gives respite to militants in Aleppo");
        m.Published!.Date.Should().Be("2022-07");
        m.Published.Precision.Should().Be("month");
        m.Published.Confidence.Should().BeLessThanOrEqualTo(0.2);
        m.Warnings.Should().Contain(w => w.Contains("page header date JULY 2022 disagrees with the story") && w.Contains("2016"));
    }

    [Fact]
    public void Banner_that_agrees_with_the_story_keeps_its_confidence()
    {
        var m = Text("""
            JULY 2022

            Ukraine grain deal signed in Istanbul

            The agreement signed in July 2022 reopens three Black Sea ports.
            """);
        m.Published!.Confidence.Should().BeGreaterThan(0.2);
        m.Warnings.Should().NotContain(w => w.Contains("disagrees"));
    }

    [Fact]
    public void Weekday_date_header_like_blogger_gives_a_day()
    {
        var m = Text("""
            Sunday, 5 June 2016

            Russia prepares to return to Syria

            Once again Washington plays the double game.

            4 June, 2016
            """);
        m.Title.Should().Be("Russia prepares to return to Syria");
        m.Published!.Date.Should().Be("2016-06-05");
        m.Published.Precision.Should().Be("day");
    }

    [Fact]
    public void Dateline_and_byline_under_the_headline()
    {
        var m = Text("""
            Home » Middle East » Syria

            Russia successfully cuts off escape route of ISIS fighters

            By Adam Garrie and Alexander Mercouris

            16 December 2016

            The Russian Defence Ministry has released a statement.
            """);
        m.Title.Should().Be("Russia successfully cuts off escape route of ISIS fighters");
        m.Authors.Should().Equal("Adam Garrie", "Alexander Mercouris");
        m.Published!.Date.Should().Be("2016-12-16");
    }

    [Fact]
    public void Hints_from_a_feed_or_csv_come_first()
    {
        var m = Text("Some line of text that is long enough to be read.\n\nMore.", new DocumentHints(Title: "Feed title", Date: "2016-12-16", Outlet: "SANA"));
        m.Title.Should().Be("Feed title");
        m.Published!.Date.Should().Be("2016-12-16");
        m.Outlet.Should().Be(new Outlet("SANA", "sana.sy"));
    }

    [Fact]
    public void A_page_that_starts_with_prose_has_no_title_line()
    {
        var m = Text("This is the first paragraph of a story that starts without any headline at all, which happens when a scraper drops it.");
        m.Title.Should().BeNull();
        m.Warnings.Should().Contain(w => w.Contains("headline"));
    }

    [Fact]
    public void Empty_input_does_not_crash()
    {
        var m = Text("");
        m.Title.Should().BeNull();
        m.Published.Should().BeNull();
    }
}

public class TextMetadataMoreTests
{
    [Fact]
    public void Russian_page_with_breadcrumbs_and_a_genitive_dateline()
    {
        var m = MetadataFixtures.Text("""
            Главная » Новости » Сирия

            Лавров: наступление ИГ на Пальмиру может быть попыткой дать передышку боевикам в Алеппо

            16 декабря 2016

            Министр иностранных дел России Сергей Лавров заявил на пресс-конференции в Белграде, что наступление было организовано из Мосула.
            """);
        m.Title.Should().Be("Лавров: наступление ИГ на Пальмиру может быть попыткой дать передышку боевикам в Алеппо");
        m.Published!.Date.Should().Be("2016-12-16");
        m.Published.Precision.Should().Be("day");
    }

    [Fact]
    public void Banner_of_the_collection_month_is_the_sites_today()
    {
        var m = MetadataFixtures.Text("""
            JULY 2022

            Syrian Army advances near Palmyra

            The army said it advanced along the highway.
            """, new Sitrep.Documents.DocumentHints(CollectedDate: "2022-07-14"));
        m.Published!.Confidence.Should().BeLessThanOrEqualTo(0.1);
        m.Warnings.Should().Contain(w => w.Contains("month the page was collected"));
    }

    [Fact]
    public void A_feed_date_beats_a_copyright_year_on_an_html_page()
    {
        var m = MetadataFixtures.FromHtml("<html><body><p>No date.</p><footer>© 2016 Example</footer></body></html>",
            hints: new Sitrep.Documents.DocumentHints(Date: "2016-12-16"));
        m.Published!.Date.Should().Be("2016-12-16");
    }
}

public class BannerAgainstCommentsTests
{
    [Fact]
    public void When_the_body_names_no_year_the_comments_years_still_expose_a_late_banner()
    {
        const string page = """
            JULY 2022

            Lavrov: offensive on Palmyra gives respite to militants in Aleppo

            Russian Foreign Minister Sergey Lavrov said during a press conference in Belgrade that the offensive was launched from Mosul.

            John Whitehot

            Russia's defence budget has been further reduced in 2016.
            """;
        var body = "Russian Foreign Minister Sergey Lavrov said during a press conference in Belgrade that the offensive was launched from Mosul.";
        var m = MetadataFixtures.Text(page, body: body);
        m.Published!.Confidence.Should().BeLessThanOrEqualTo(0.2);
        m.Warnings.Should().Contain(w => w.Contains("JULY 2022 disagrees with the page") && w.Contains("2016"));
    }
}
