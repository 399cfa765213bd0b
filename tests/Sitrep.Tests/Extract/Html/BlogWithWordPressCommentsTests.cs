namespace Sitrep.Tests.Extract.Html;

/// <summary>A partisan blog in the style of seed 000: WordPress theme, vote widget, donation appeal,
/// disclaimer, related posts, a comment list with a nested reply, and the comment form.</summary>
public class BlogWithWordPressCommentsTests
{
    private static readonly string Page = $$"""
        <!DOCTYPE html><html><head><title>Vladimir Putin prepares Palmyra’s liberation | The Daily Dispatch</title>
        <meta property="og:title" content="Vladimir Putin prepares Palmyra’s liberation"></head>
        <body class="post-template-default single single-post">
        <header class="site-header"><a href="/">The Daily Dispatch</a><nav><ul><li><a href="/news">News</a></li><li><a href="/world">World</a></li></ul></nav></header>
        <div id="content" class="site-content"><div class="row">
        <main id="primary">
        <article id="post-1806" class="post type-post hentry">
          <h1 class="entry-title">Vladimir Putin prepares Palmyra’s liberation</h1>
          <div class="entry-meta">in <a href="/cat/world">World</a>, <time datetime="2016-12-16">December 16, 2016</time></div>
          <div class="entry-content">
            <p>Russian President Vladimir Putin convened a meeting of Russia’s Security Council this morning, and there is no doubt at all about the main topic.</p>
            <p>{{HtmlPages.Prose("the Kremlin summary")}}</p>
            <blockquote><p>Participants in the meeting exchanged views on the situation around Palmyra, as well as the advances made by the Syrian Army in Aleppo.</p></blockquote>
            <p>{{HtmlPages.Prose("the concealed officials")}}</p>
            <p>READ MORE: <a href="/2016/12/15/isis-retakes-palmyra">ISIS retakes Palmyra as Syrian army storms Aleppo</a></p>
            <p>We shall undoubtedly see this plan put into action over the coming days and weeks.</p>
            <div class="vote-box"><span>Upvote</span> <span>Downvote</span> <span>Total votes: 12</span></div>
            <p>Help us grow. Support The Daily Dispatch on Patreon!</p>
            <p><em>The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of The Daily Dispatch.</em></p>
            <div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
            <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><ul>
              <li><a href="/a">Jill Stein’s Russian hacking claim ‘spectral’, says judge</a></li>
              <li><a href="/b">CIA wrong on Russia and Clinton leaks, says Clapper’s office</a></li></ul></div>
          </div>
        </article>
        <div id="comments" class="comments-area">
          <h2 class="comments-title">3 thoughts on “Vladimir Putin prepares Palmyra’s liberation”</h2>
          <ol class="comment-list">
            <li id="comment-101" class="comment even depth-1">
              <article id="div-comment-101" class="comment-body">
                <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Brad Isherwood</b> <span class="says">says:</span></div>
                <div class="comment-metadata"><a href="#comment-101"><time datetime="2016-12-16T10:12:00+00:00">December 16, 2016 at 10:12 am</time></a></div></footer>
                <div class="comment-content"><p>Palmyra will be retaken within weeks, mark my words.</p></div>
                <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
              </article>
              <ol class="children">
                <li id="comment-102" class="comment odd depth-2">
                  <article id="div-comment-102" class="comment-body">
                    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Sally</b></div>
                    <div class="comment-metadata"><time datetime="2016-12-16T11:00:00+00:00">December 16, 2016</time></div></footer>
                    <div class="comment-content"><p>I doubt it will be that quick.</p></div>
                  </article>
                </li>
              </ol>
            </li>
            <li id="comment-103" class="comment even depth-1">
              <article id="div-comment-103" class="comment-body">
                <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Anonymous</b></div></footer>
                <div class="comment-content"><p>Great analysis as always.</p></div>
              </article>
            </li>
          </ol>
          <div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
            <form id="commentform"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
        </div>
        </main>
        <aside id="secondary" class="widget-area"><section class="widget"><h2>Recent posts</h2><ul><li><a href="/x">Another story</a></li></ul></section></aside>
        </div></div>
        <footer class="site-footer">© 2016 The Daily Dispatch. All rights reserved.</footer>
        </body></html>
        """;

    private readonly Sitrep.Documents.Document _doc = HtmlPages.Extract(Page);

    [Fact]
    public void Body_keeps_the_article_paragraphs_and_quote_in_order()
    {
        _doc.Body.Should().StartWith("Russian President Vladimir Putin convened");
        _doc.Body.Should().Contain("Sentence 1 about the Kremlin summary");
        _doc.Body.Should().Contain("\n\nParticipants in the meeting exchanged views");
        _doc.Body.Should().EndWith("over the coming days and weeks.");
        _doc.Body.IndexOf("Kremlin summary", StringComparison.Ordinal).Should().BeLessThan(_doc.Body.IndexOf("concealed officials", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Upvote")]
    [InlineData("Total votes")]
    [InlineData("Patreon")]
    [InlineData("views and opinions expressed")]
    [InlineData("READ MORE")]
    [InlineData("Jill Stein")]
    [InlineData("Share this")]
    [InlineData("Leave a Reply")]
    [InlineData("mark my words")]
    [InlineData("Recent posts")]
    [InlineData("All rights reserved")]
    [InlineData("December 16, 2016")]
    public void Body_leaves_out_chrome_and_comments(string chrome) =>
        _doc.Body.Should().NotContain(chrome);

    [Fact]
    public void Title_heading_is_not_repeated_in_the_body() =>
        _doc.Body.Should().NotContain("prepares Palmyra’s liberation");

    [Fact]
    public void Every_comment_is_read_with_author_and_date_and_replies_apart()
    {
        _doc.Comments.Should().HaveCount(3);
        _doc.Comments[0].Author.Should().Be("Brad Isherwood");
        _doc.Comments[0].Date.Should().Be("2016-12-16T10:12:00+00:00");
        _doc.Comments[0].Text.Should().Be("Palmyra will be retaken within weeks, mark my words.");
        _doc.Comments[1].Author.Should().Be("Sally");
        _doc.Comments[1].Text.Should().Be("I doubt it will be that quick.");
        _doc.Comments[2].Author.Should().Be("Anonymous");
        _doc.Comments[2].Date.Should().BeNull();
    }

    [Fact]
    public void Removed_blocks_say_what_was_cut_and_why()
    {
        _doc.Removed.Should().Contain(r => r.Reason == "comment section" && r.Text.Contains("mark my words"));
        _doc.Removed.Should().Contain(r => r.Reason == "donation or newsletter appeal" && r.Text.Contains("Patreon"));
        _doc.Removed.Should().Contain(r => r.Reason == "disclaimer");
        _doc.Removed.Should().Contain(r => r.Reason == "related insert" && r.Text.StartsWith("READ MORE"));
        _doc.Removed.Should().Contain(r => r.Text.Contains("Upvote"));
        _doc.Warnings.Should().NotContain(w => w.StartsWith("no article body found"));
    }
}
