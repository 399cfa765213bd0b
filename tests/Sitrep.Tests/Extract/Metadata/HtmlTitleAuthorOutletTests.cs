using Sitrep.Documents;
using static Sitrep.Tests.Extract.Metadata.MetadataFixtures;

namespace Sitrep.Tests.Extract.Metadata;

public class HtmlTitleAuthorOutletTests
{
    [Theory]
    [InlineData("Vladimir Putin prepares Palmyra’s liberation | The Duran")]
    [InlineData("Vladimir Putin prepares Palmyra’s liberation - The Duran")]
    [InlineData("The Duran: Vladimir Putin prepares Palmyra’s liberation")]
    public void Title_loses_the_site_name(string title)
    {
        var m = FromHtml($"""<html><head><title>{title}</title><meta property="og:site_name" content="The Duran"></head><body></body></html>""");
        m.Title.Should().Be("Vladimir Putin prepares Palmyra’s liberation");
    }

    [Fact]
    public void Title_keeps_a_dash_that_belongs_to_it_when_the_site_is_unknown()
    {
        var m = FromHtml("<html><head><title>Syria: The U.S. Is Unwilling To Settle - Russia Returns For Another Round</title></head><body></body></html>");
        m.Title.Should().Be("Syria: The U.S. Is Unwilling To Settle - Russia Returns For Another Round");
    }

    [Fact]
    public void Article_h1_confirmed_by_og_title_is_the_title()
    {
        var m = FromHtml("""
            <html><head><meta property="og:title" content="Russia cuts off ISIS escape route – RT World News"><title>RT</title></head>
            <body><h1>Site logo</h1><article><h1>Russia cuts off ISIS escape route</h1></article></body></html>
            """, "https://www.rt.com/news/123-russia-isis/");
        m.Title.Should().Be("Russia cuts off ISIS escape route");
    }

    [Fact]
    public void Authors_come_from_json_ld_and_lose_noise()
    {
        var m = FromHtml("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Adam Garrie"},{"@type":"Person","name":"admin"}]}</script></head><body></body></html>
            """);
        m.Authors.Should().Equal("Adam Garrie");
    }

    [Fact]
    public void Byline_with_two_authors_is_split()
    {
        var m = FromHtml("""<html><body><p class="byline">By Alexander Mercouris and Adam Garrie</p></body></html>""");
        m.Authors.Should().Equal("Alexander Mercouris", "Adam Garrie");
    }

    [Fact]
    public void Meta_author_that_is_a_url_is_dropped()
    {
        var m = FromHtml("""<html><head><meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="By Leith Fadel"></head><body></body></html>""");
        m.Authors.Should().Equal("Leith Fadel");
    }

    [Fact]
    public void Outlet_from_the_url_through_the_table()
    {
        var m = FromHtml("<html><body></body></html>", "https://m.sputniknews.com/middleeast/201612161048587300-lavrov/");
        m.Outlet.Should().Be(new Outlet("Sputnik", "sputniknews.com"));
    }

    [Fact]
    public void Outlet_name_from_og_site_name_and_domain_from_the_url()
    {
        var m = FromHtml("""<html><head><meta property="og:site_name" content="Example Times"></head><body></body></html>""", "https://www.example-times.com/a/b");
        m.Outlet.Should().Be(new Outlet("Example Times", "example-times.com"));
    }

    [Fact]
    public void Outlet_domain_from_a_known_name_when_there_is_no_url()
    {
        var m = FromHtml("<html><body></body></html>", hints: new DocumentHints(Outlet: "Al Masdar News"));
        m.Outlet.Should().Be(new Outlet("Al Masdar News", "almasdarnews.com"));
    }
}

public class ArchivedPageTests
{
    [Fact]
    public void An_archived_copy_belongs_to_the_original_site_and_its_capture_time_is_not_the_date()
    {
        var m = MetadataFixtures.FromHtml("<html><body><p>No date.</p></body></html>",
            "https://web.archive.org/web/20160218174457/http://bewegliche-lettern.de/2010/05/literatur/");
        m.Outlet.Domain.Should().Be("bewegliche-lettern.de");
        m.Published!.Date.Should().Be("2010-05");
    }
}

public class AuthorNoiseTests
{
    [Theory]
    [InlineData("Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza")]
    [InlineData("BY: Ilana Muhlstein, MS, RDN", "Ilana Muhlstein")]
    [InlineData("By Sandee LaMotte, CNN", "Sandee LaMotte")]
    [InlineData("Posted by admin on 16 December 2016", null)]
    public void Bylines_keep_only_people(string byline, string? expected)
    {
        var m = MetadataFixtures.FromHtml($"""<html><body><p class="byline">{byline}</p></body></html>""");
        if (expected is null) m.Authors.Should().BeEmpty();
        else m.Authors.Should().Equal(expected);
    }
}
