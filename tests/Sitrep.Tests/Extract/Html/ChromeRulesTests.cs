namespace Sitrep.Tests.Extract.Html;

/// <summary>Single pruning rules, each on a page where only that rule can remove the chrome.</summary>
public class ChromeRulesTests
{
    private static Sitrep.Documents.Document Story(string insert) => HtmlPages.Extract($$"""
        <html><body><div class="entry-content">
          <p>{{HtmlPages.Prose("the first part")}}</p>
          {{insert}}
          <p>{{HtmlPages.Prose("the second part")}}</p>
        </div></body></html>
        """);

    [Theory]
    [InlineData("<div style=\"display: none\">Hidden teaser text that no reader sees</div>", "hidden")]
    [InlineData("<span hidden>Hidden teaser text that no reader sees</span>", "hidden")]
    [InlineData("<span class=\"screen-reader-text\">Hidden teaser text that no reader sees</span>", "hidden")]
    [InlineData("<figure><img src=\"a.jpg\"><figcaption>Hidden teaser text that no reader sees</figcaption></figure>", "figure")]
    [InlineData("<p class=\"wp-caption-text\">Hidden teaser text that no reader sees</p>", "caption")]
    [InlineData("<div class=\"newsletter-box\"><p>Hidden teaser text that no reader sees</p></div>", "chrome class 'newsletter'")]
    [InlineData("<div id=\"yarpp_related\"><p>Hidden teaser text that no reader sees</p></div>", "chrome class 'yarpp'")]
    [InlineData("<div role=\"complementary\">Hidden teaser text that no reader sees</div>", "role complementary")]
    public void Chrome_is_cut_and_logged_with_its_rule(string insert, string reason)
    {
        var doc = Story(insert);
        doc.Body.Should().NotContain("Hidden teaser text");
        doc.Body.Should().Contain("about the second part");
        doc.Removed.Should().Contain(r => r.Reason == reason && r.Text.Contains("Hidden teaser text"));
    }

    [Fact]
    public void A_paragraph_that_mentions_sharing_is_not_a_share_widget()
    {
        var doc = Story("<p>Share prices fell.</p><div>Share this</div>");
        doc.Body.Should().Contain("Share prices fell.");
        doc.Body.Should().NotContain("Share this");
    }

    [Fact]
    public void A_name_part_is_not_a_substring_match()
    {
        // "shareholders" is not "share", "header" inside "subheadered" is not "header", "canvas" is not "nav".
        var doc = Story("<div class=\"shareholders-note canvas-text\"><p>Shareholders approved the merger on Friday.</p></div>");
        doc.Body.Should().Contain("Shareholders approved the merger on Friday.");
    }

    [Fact]
    public void A_story_under_a_chrome_like_name_is_found_on_the_retry()
    {
        var doc = HtmlPages.Extract($$"""
            <html><body><div class="comments-free-zone">
              <p>{{HtmlPages.Prose("the oddly named story", 6)}}</p>
              <p>{{HtmlPages.Prose("more of the oddly named story", 6)}}</p>
            </div></body></html>
            """);
        doc.Body.Should().Contain("about the oddly named story");
        doc.Warnings.Should().NotContain(w => w.StartsWith("no article body found"));
    }

    [Fact]
    public void Bylines_datelines_and_title_repeats_above_the_story_are_metadata_not_body()
    {
        var doc = HtmlPages.Extract($$"""
            <html><head><title>Syrian army enters Palmyra</title></head><body><div class="article-body">
              <p>Syrian army enters Palmyra</p>
              <p>By Jane Doe</p>
              <p>Updated 11:21 pm CST, Tuesday, November 19, 2019</p>
              <p>{{HtmlPages.Prose("the advance")}}</p>
              <p>The offensive began on 12 March 2016.</p>
            </div></body></html>
            """);
        doc.Body.Should().StartWith("Sentence 1 about the advance");
        doc.Body.Should().EndWith("The offensive began on 12 March 2016.");
        doc.Removed.Select(r => r.Reason).Should().Contain(["title", "byline", "dateline"]);
    }
}
