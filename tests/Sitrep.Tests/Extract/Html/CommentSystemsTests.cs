namespace Sitrep.Tests.Extract.Html;

/// <summary>Comment threads of the other systems the seeds show: wpDiscuz, Disqus (saved after load), Blogger.</summary>
public class CommentSystemsTests
{
    private static string Story(string thread) => $$"""
        <html><head><title>Lavrov holds press conference in Belgrade</title></head><body>
        <div class="post-content">
          <p>{{HtmlPages.Prose("Lavrov in Belgrade")}}</p>
          <p>{{HtmlPages.Prose("the Serbian government")}}</p>
        </div>
        {{thread}}
        </body></html>
        """;

    [Fact]
    public void WpDiscuz_thread_goes_to_comments_with_its_prompts_removed()
    {
        var doc = HtmlPages.Extract(Story("""
            <div class="wpdiscuz_top_clearing"></div>
            <div id="comments" class="comments-area"><div id="respond"></div>
            <div id="wpdcom" class="wpdiscuz_unauth wpd-default">
              <div class="wpd-form-head"><div class="wpd-sbs-toggle">Notify of</div></div>
              <div class="wpd-thread-head"><div class="wpd-thread-info">2 Comments</div><span>Inline Feedbacks</span><span>View all comments</span></div>
              <div class="wpd-thread-list">
                <div id="wpd-comm-11_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1">
                  <div class="wpd-comment-wrap"><div class="wpd-comment-right">
                    <div class="wpd-comment-header"><div class="wpd-comment-author">Igor</div><div class="wpd-comment-date">3 years ago</div></div>
                    <div class="wpd-comment-text"><p>Serbia will never join NATO.</p></div>
                    <div class="wpd-comment-footer"><div class="wpd-vote"><span>Upvote</span><span>Downvote</span></div></div>
                  </div></div>
                </div>
                <div id="wpd-comm-12_0" class="comment odd thread-odd depth-1 wpd-comment wpd_comment_level-1">
                  <div class="wpd-comment-wrap"><div class="wpd-comment-right">
                    <div class="wpd-comment-header"><div class="wpd-comment-author">Mira</div><div class="wpd-comment-date">2 years ago</div></div>
                    <div class="wpd-comment-text"><p>Belgrade remembers 1999.</p></div>
                  </div></div>
                </div>
              </div>
            </div></div>
            """));
        doc.Comments.Select(c => (c.Author, c.Date, c.Text)).Should().Equal(
            ("Igor", "3 years ago", "Serbia will never join NATO."),
            ("Mira", "2 years ago", "Belgrade remembers 1999."));
        doc.Body.Should().NotContainAny("Notify of", "Inline Feedbacks", "Upvote", "NATO", "1999");
        doc.Body.Should().Contain("Sentence 4 about the Serbian government");
    }

    [Fact]
    public void Saved_disqus_thread_goes_to_comments()
    {
        var doc = HtmlPages.Extract(Story("""
            <div id="disqus_thread"><ul id="post-list" class="post-list">
              <li class="post" id="post-1"><div class="post-content">
                <div class="post-byline"><span class="author"><a href="#">Brad Isherwood</a></span></div>
                <div class="post-meta"><a class="time-ago" title="Friday, December 16, 2016 9:12 AM">6 years ago</a></div>
                <div class="post-body"><div class="post-message"><p>The West lost this one.</p></div></div>
              </div></li>
            </ul></div>
            """));
        doc.Comments.Should().ContainSingle();
        doc.Comments[0].Author.Should().Be("Brad Isherwood");
        doc.Comments[0].Text.Should().Be("The West lost this one.");
        doc.Body.Should().NotContain("The West lost");
    }

    [Fact]
    public void Blogger_comment_blocks_go_to_comments()
    {
        var doc = HtmlPages.Extract(Story("""
            <div class="comments" id="comments"><h4>5 comments:</h4>
              <div class="comment-thread"><ol>
                <li class="comment" id="c123"><div class="comment-block">
                  <div class="comment-header"><cite class="user"><a href="#">Hans</a></cite><span class="datetime secondary-text"><a href="#">December 17, 2016 at 3:02 AM</a></span></div>
                  <p class="comment-content">Excellent reporting, thank you.</p>
                </div></li>
              </ol></div>
            </div>
            """));
        doc.Comments.Should().ContainSingle();
        doc.Comments[0].Author.Should().Be("Hans");
        doc.Comments[0].Date.Should().Be("December 17, 2016 at 3:02 AM");
        doc.Comments[0].Text.Should().Be("Excellent reporting, thank you.");
        doc.Body.Should().NotContain("Excellent reporting");
    }

    [Fact]
    public void A_page_without_comment_markup_has_no_comments()
    {
        var doc = HtmlPages.Extract(Story("<div class=\"footer-note\"><p>Contact the editors at desk@example.org</p></div>"));
        doc.Comments.Should().BeEmpty();
    }
}
