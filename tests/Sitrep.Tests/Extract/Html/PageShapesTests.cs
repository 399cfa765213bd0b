using System.Diagnostics;
using System.Text;

namespace Sitrep.Tests.Extract.Html;

/// <summary>Pages of different shapes: agency wire, split story, no hints at all, feeds, non-articles, hostile DOMs.</summary>
public class PageShapesTests
{
    [Fact]
    public void News_agency_page_keeps_the_wire_story_and_drops_share_bar_and_read_also()
    {
        var doc = HtmlPages.Extract($$"""
            <html><head><title>Russian Aerospace Forces strike militants near Palmyra - TASS</title></head><body>
            <div class="header"><a href="/">TASS</a><ul class="menu"><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li></ul></div>
            <div class="news-header"><h1>Russian Aerospace Forces strike militants near Palmyra</h1><span class="date">16 DEC 2016, 10:12</span></div>
            <div class="text-content" itemprop="articleBody">
              <p>MOSCOW, December 16. /TASS/. Russian warplanes carried out 64 sorties near Palmyra over the past day, the Defence Ministry said.</p>
              <p>{{HtmlPages.Prose("the sorties")}}</p>
              <div class="share-block"><span>Share</span><a href="#">VK</a><a href="#">Telegram</a></div>
              <p>Read also: <a href="/x">Syrian army retakes eastern Aleppo districts</a></p>
              <p>{{HtmlPages.Prose("the ministry statement")}}</p>
            </div>
            <div class="footer">© TASS 1999-2016</div>
            </body></html>
            """);
        doc.Body.Should().StartWith("MOSCOW, December 16. /TASS/. Russian warplanes");
        doc.Body.Should().Contain("Sentence 3 about the ministry statement");
        doc.Body.Should().NotContainAny("Telegram", "Read also", "eastern Aleppo", "Politics", "16 DEC 2016");
    }

    [Fact]
    public void Story_split_across_several_containers_is_kept_whole_and_in_order()
    {
        var doc = HtmlPages.Extract($$"""
            <html><body><main>
            <div class="grid"><div class="article-body"><p>{{HtmlPages.Prose("part one")}}</p><p>{{HtmlPages.Prose("part one again")}}</p></div><div class="rail"><div class="ad">Advertisement</div></div></div>
            <div class="full-bleed-ad"><div class="ad">Advertisement</div></div>
            <div class="grid"><div class="article-body"><p>{{HtmlPages.Prose("part two")}}</p></div></div>
            <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the briefing in your inbox.</p></div>
            <div class="grid"><div class="article-body"><p>{{HtmlPages.Prose("part three")}}</p></div></div>
            </main></body></html>
            """);
        int one = doc.Body.IndexOf("about part one,", StringComparison.Ordinal);
        int two = doc.Body.IndexOf("about part two", StringComparison.Ordinal);
        int three = doc.Body.IndexOf("about part three", StringComparison.Ordinal);
        one.Should().BeGreaterThanOrEqualTo(0);
        two.Should().BeGreaterThan(one);
        three.Should().BeGreaterThan(two);
        doc.Body.Should().NotContainAny("Advertisement", "newsletter");
    }

    [Fact]
    public void Without_any_hint_the_density_score_finds_the_prose_and_leaves_the_link_rail()
    {
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/s/{i}\">Headline number {i} about something else entirely</a></li>"));
        var doc = HtmlPages.Extract($$"""
            <html><body>
            <div id="top"><a href="/">Home</a> | <a href="/about">About</a></div>
            <table><tr>
              <td><ul>{{links}}</ul></td>
              <td><div><p>{{HtmlPages.Prose("the offensive")}}</p><p>{{HtmlPages.Prose("the ceasefire")}}</p><p>{{HtmlPages.Prose("the aid convoy")}}</p></div></td>
            </tr></table>
            </body></html>
            """);
        doc.Body.Should().StartWith("Sentence 1 about the offensive");
        doc.Body.Should().Contain("about the aid convoy");
        doc.Body.Should().NotContainAny("Headline number", "About");
    }

    [Fact]
    public void Headings_list_items_quotes_and_cells_are_paragraphs_with_whitespace_collapsed()
    {
        var doc = HtmlPages.Extract($$"""
            <html><body><div class="entry-content">
              <p>{{HtmlPages.Prose("the background")}}</p>
              <h2>What   the
                 ministry said</h2>
              <ul><li>First   point of the statement, in full.</li><li>Second point of the statement, in full.</li></ul>
              <blockquote>We will not   negotiate under fire, the minister said.</blockquote>
              <table><tr><td>Killed: 80 fighters</td><td>Wounded: 12 soldiers</td></tr></table>
              <p>{{HtmlPages.Prose("the reaction")}}</p>
            </div></body></html>
            """);
        var paragraphs = doc.Body.Split("\n\n");
        paragraphs.Should().Contain("What the ministry said");
        paragraphs.Should().Contain("First point of the statement, in full.");
        paragraphs.Should().Contain("Second point of the statement, in full.");
        paragraphs.Should().Contain("We will not negotiate under fire, the minister said.");
        paragraphs.Should().Contain("Killed: 80 fighters");
        paragraphs.Should().Contain("Wounded: 12 soldiers");
        paragraphs.Should().OnlyContain(p => p.Length > 0 && !p.Contains("  ") && p == p.Trim());
    }

    [Fact]
    public void In_a_feed_of_articles_the_first_article_is_the_story()
    {
        var doc = HtmlPages.Extract($$"""
            <html><body><article class="articlebox">
              <article class="post"><h1>The story</h1><p>{{HtmlPages.Prose("the main story", 3)}}</p></article>
              <article class="post"><h2>Next post</h2><p>{{HtmlPages.Prose("the next post", 6)}}</p></article>
              <article class="post"><h2>Older post</h2><p>{{HtmlPages.Prose("the older post", 6)}}</p></article>
            </article></body></html>
            """);
        doc.Body.Should().Contain("about the main story");
        doc.Body.Should().NotContainAny("the next post", "the older post");
    }

    [Fact]
    public void A_404_page_gives_a_short_body_and_a_warning()
    {
        var doc = HtmlPages.Extract("""
            <html><head><title>Page not found</title></head><body>
            <header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
            <div class="content"><h1>404</h1><p>Oops! That page can’t be found.</p><p>It looks like nothing was found at this location.</p>
            <form role="search"><input type="search"><button>Search</button></form></div>
            <footer>© 2020 Example News</footer>
            </body></html>
            """);
        doc.Body.Length.Should().BeLessThan(120);
        doc.Body.Should().NotContainAny("Home", "News", "Search", "Example News");
        doc.Warnings.Should().Contain(w => w.StartsWith("no article body found"));
    }

    [Fact]
    public void A_home_page_of_headlines_gives_an_empty_body_and_a_warning()
    {
        var teasers = string.Concat(Enumerable.Range(1, 40).Select(i =>
            $"<div class=\"teaser\"><h3><a href=\"/story/{i}\">Headline {i}: fighting resumes near the city, officials say</a></h3><a href=\"/story/{i}\">Read the full report on the fighting number {i}</a></div>"));
        var doc = HtmlPages.Extract($"<html><body><div class=\"front\">{teasers}</div></body></html>");
        doc.Body.Should().BeEmpty();
        doc.Warnings.Should().Contain(w => w.StartsWith("no article body found"));
    }

    [Fact]
    public void A_5000_level_deep_dom_is_extracted_in_bounded_time()
    {
        var html = new StringBuilder("<html><body><div class=\"entry-content\"><p>")
            .Append(HtmlPages.Prose("the surface")).Append("</p>");
        for (int i = 0; i < 5000; i++) html.Append("<div>");
        html.Append("<p>").Append(HtmlPages.Prose("the deep end")).Append("</p>");
        for (int i = 0; i < 5000; i++) html.Append("</div>");
        html.Append("</div></body></html>");
        var clock = Stopwatch.StartNew();
        var doc = HtmlPages.Extract(html.ToString());
        clock.Stop();
        doc.Body.Should().Contain("about the surface");
        doc.Body.Should().Contain("about the deep end");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Unclosed_inline_tags_nested_thousands_deep_do_not_crash()
    {
        var html = "<html><body><div class=\"post-content\"><p>" + HtmlPages.Prose("the broken page") + "</p>"
                   + string.Concat(Enumerable.Repeat("<b><i><span>", 3000)) + "tail text</div></body></html>";
        var doc = HtmlPages.Extract(html);
        doc.Body.Should().Contain("about the broken page");
    }

    [Fact]
    public void A_page_without_body_text_is_an_empty_document_with_a_warning()
    {
        var doc = HtmlPages.Extract("<html><head><script>var x = 1;</script></head><body><script>document.write('hi')</script></body></html>");
        doc.Body.Should().BeEmpty();
        doc.Warnings.Should().Contain(w => w.StartsWith("no article body found"));
    }
}
