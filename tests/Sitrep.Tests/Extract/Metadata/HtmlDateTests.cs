using Sitrep.Documents;
using static Sitrep.Tests.Extract.Metadata.MetadataFixtures;

namespace Sitrep.Tests.Extract.Metadata;

public class HtmlDateTests
{
    [Fact]
    public void Json_ld_date_published_inside_a_graph_wins_over_modified()
    {
        var m = FromHtml("""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
             {"@type":"NewsArticle","headline":"H","dateModified":"2017-01-02T10:00:00+03:00","datePublished":"2016-12-16T09:00:00+03:00"}]}
            </script></head><body><p>Text</p></body></html>
            """);
        m.Published!.Date.Should().Be("2016-12-16");
        m.Published.Precision.Should().Be("day");
        m.Published.Confidence.Should().BeGreaterThan(0.9);
        m.Published.Evidence.Should().Contain("datePublished");
    }

    [Fact]
    public void Malformed_json_ld_still_yields_its_date()
    {
        var m = FromHtml("""<html><head><script type="application/ld+json">{"@type":"Article", "datePublished": "2016-12-16", oops}</script></head><body></body></html>""");
        m.Published!.Date.Should().Be("2016-12-16");
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2016-12-16T10:32:00Z">""")]
    [InlineData("""<meta name="pubdate" content="20161216">""")]
    [InlineData("""<meta name="DC.date.issued" content="2016-12-16">""")]
    [InlineData("""<meta name="sailthru.date" content="2016-12-16 10:32:00">""")]
    [InlineData("""<meta name="parsely-pub-date" content="2016-12-16T10:32:00Z">""")]
    [InlineData("""<meta itemprop="datePublished" content="2016-12-16">""")]
    public void Meta_tags_give_the_date(string meta)
    {
        var m = FromHtml($"<html><head>{meta}</head><body><p>Nothing dated here.</p></body></html>");
        m.Published!.Date.Should().Be("2016-12-16");
        m.Published.Confidence.Should().BeGreaterThanOrEqualTo(0.85);
    }

    [Theory]
    [InlineData("https://example.com/2016/12/16/lavrov-belgrade/")]
    [InlineData("https://example.com/news/20161216-lavrov")]
    [InlineData("https://example.com/news/2016-12-16-lavrov.html")]
    public void Full_date_in_the_url(string url)
    {
        var m = FromHtml("<html><body><p>No date in the text.</p></body></html>", url);
        m.Published!.Date.Should().Be("2016-12-16");
        m.Published.Evidence.Should().StartWith("URL");
    }

    [Fact]
    public void A_number_starting_a_slug_is_not_the_day()
    {
        var m = FromHtml("<html><body><p>No date.</p></body></html>", "https://blog.example.org/2023/10/3-questions-for-tina/");
        m.Published!.Date.Should().Be("2023-10");
        m.Published.Precision.Should().Be("month");
    }

    [Fact]
    public void Time_element_marked_as_published_beats_one_in_the_comments()
    {
        var m = FromHtml("""
            <html><body><article><h1>Headline</h1>
            <div class="comments"><time datetime="2017-03-01">1 March 2017</time></div>
            <p class="byline">By Adam Garrie <time class="entry-date published" datetime="2016-12-16T10:32">Dec 16, 2016</time></p>
            </article></body></html>
            """);
        m.Published!.Date.Should().Be("2016-12-16");
    }

    [Fact]
    public void Visible_byline_date_in_german()
    {
        var m = FromHtml("""<html><body><div class="article-meta">Von Max Muster am 16. Dezember 2016, 10:32 Uhr</div><p>Text.</p></body></html>""");
        m.Published!.Date.Should().Be("2016-12-16");
        m.Published.Confidence.Should().BeInRange(0.5, 0.85);
    }

    [Fact]
    public void Labelled_dateline_in_plain_text()
    {
        var m = FromHtml("""<html><body><p>Published: 16 December 2016</p><p>Lavrov said on 12 December 2016 that...</p></body></html>""");
        m.Published!.Date.Should().Be("2016-12-16");
    }

    [Fact]
    public void Utc_metadata_yields_to_the_visible_local_day_next_to_it()
    {
        var m = FromHtml("""
            <html><head><meta property="article:published_time" content="2021-11-04T23:00Z"></head>
            <body><div class="date">5. November 2021</div></body></html>
            """);
        m.Published!.Date.Should().Be("2021-11-05");
    }

    [Fact]
    public void Future_dates_and_dates_before_1995_are_rejected()
    {
        var m = FromHtml("""
            <html><head><meta property="article:published_time" content="2031-01-01"></head>
            <body><div class="date">3 March 1989</div><p>Posted on 16 December 2016</p></body></html>
            """, hints: new DocumentHints(CollectedDate: "2020-01-01"));
        m.Published!.Date.Should().Be("2016-12-16");
    }

    [Fact]
    public void Copyright_year_is_a_low_confidence_last_resort()
    {
        var m = FromHtml("""<html><body><p>Some text without a date.</p><footer>© 2014–2016 Example News</footer></body></html>""");
        m.Published!.Date.Should().Be("2016");
        m.Published.Precision.Should().Be("year");
        m.Published.Confidence.Should().BeLessThan(0.3);
        m.Warnings.Should().Contain(w => w.Contains("weak guess"));
    }

    [Fact]
    public void No_date_at_all_gives_null_and_a_warning()
    {
        var m = FromHtml("<html><body><p>Nothing.</p></body></html>");
        m.Published.Should().BeNull();
        m.Warnings.Should().Contain("no publication date found on the page");
    }

    [Fact]
    public void A_feed_date_is_used_when_the_page_has_none()
    {
        var m = FromHtml("<html><body><p>Nothing.</p></body></html>", hints: new DocumentHints(Date: "Fri, 16 Dec 2016 10:32:00 GMT"));
        m.Published!.Date.Should().Be("2016-12-16");
    }
}
