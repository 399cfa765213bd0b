using AngleSharp.Dom;
using Sitrep.Documents;
using Sitrep.Extract.Html;
using Sitrep.Extract.Html.Dom;
using Sitrep.Extract.Html.Source;

namespace Sitrep.Tests.Extract.Html;

/// <summary>The removal log renders a cut block's text only when read; what it shows must be what rendering
/// at cut time showed (the expected texts below were printed by the eager log before the change).</summary>
public class RemovalLogTests
{
    private static string Page() => $$"""
        <html><head><title>Convoy hit near Palmyra</title></head><body>
        <nav class="site-nav"><ul>{{string.Concat(Enumerable.Range(1, 120).Select(i => $"<li><a href='/s{i}'>Section number {i}</a></li>"))}}</ul></nav>
        <div class="sidebar">&#8203;&#173; </div>
        <div class="sidebar"><img src="x.png"></div>
        <div class="sidebar"><noscript>Enable JavaScript</noscript></div>
        <div class="share-widget">Share   on
          Facebook <b>Tweet</b><script>var x = 1;</script></div>
        <div style="display:none">Hidden teaser text about another story</div>
        <article><h1>Convoy hit near Palmyra</h1>
          <p>{{HtmlPages.Prose("the convoy", 5)}}</p>
          <p>{{HtmlPages.Prose("the response", 5)}}</p>
          <article class="related"><h2>Related</h2><p>Another story, teased here</p></article>
          <p>{{HtmlPages.Prose("the aftermath", 5)}}</p>
        </article>
        <div id="comments" class="comments-area"><ol class="comment-list">
          <li class="comment"><div class="comment-author">Ivan</div><div class="comment-content"><p>First comment, mark my words.</p></div></li>
          <li class="comment"><div class="comment-author">Olga</div><div class="comment-content"><p>Second comment here.</p></div></li>
        </ol></div>
        <footer>&copy; 2016 Example News · <a href="/about">About</a></footer>
        </body></html>
        """;

    [Fact]
    public void The_log_of_a_page_is_what_the_eager_log_wrote()
    {
        var removed = HtmlPages.Extract(Page()).Removed.Select(r => (r.Reason, r.Text));
        removed.Should().Equal(
            ("comment section", "Ivan First comment, mark my words. Olga Second comment here."),
            // 2,001 characters were collected, the trailing space trimmed: not over the limit, so no ellipsis.
            ("navigation", string.Join(" ", Enumerable.Range(1, 111).Select(i => $"Section number {i}"))),
            ("widget 'Share on Facebook Tweet'", "Share on Facebook Tweet"),
            ("hidden", "Hidden teaser text about another story"),
            ("chrome class 'related'", "Related Another story, teased here"),
            ("page footer", "© 2016 Example News · About"),
            ("title", "Convoy hit near Palmyra"));
    }

    [Fact]
    public void A_block_read_after_the_page_is_disposed_has_the_text_it_had_when_cut()
    {
        var log = new RemovalLog();
        string atCut;
        using (var dom = HtmlParsing.Parse($"<body><div id='x'><p>Read   <b>more</b></p><ul><li>{new string('w', 2500)}</li></ul></div></body>"))
        {
            var e = dom.GetElementById("x")!;
            atCut = TextOf.Collapsed(e, maxChars: 2001);
            log.Add(e, "test");
            e.Remove();
        }
        atCut.Length.Should().BeGreaterThan(2000);
        log.Blocks.Should().ContainSingle().Which.Text.Should().Be(atCut[..2000] + "…");
    }

    [Theory]
    [InlineData("&#8203;&#173;&#65279; \n ")]
    [InlineData("<img src='a.png'><span> </span>")]
    [InlineData("<noscript>Enable JavaScript</noscript><template>Later</template>")]
    public void A_block_without_visible_text_is_not_logged(string inner)
    {
        using var dom = HtmlParsing.Parse($"<body><div id='x'>{inner}</div></body>");
        var log = new RemovalLog();
        log.Add(dom.GetElementById("x")!, "test");
        log.Blocks.Should().BeEmpty();
    }

    [Fact]
    public void A_block_with_one_visible_character_behind_invisible_ones_is_logged()
    {
        using var dom = HtmlParsing.Parse("<body><div id='x'>&#8203;<noscript>no</noscript><span> </span><i>x</i></div></body>");
        var log = new RemovalLog();
        log.Add(dom.GetElementById("x")!, "test");
        log.Blocks.Should().ContainSingle().Which.Text.Should().Be("x");
    }

    [Fact]
    public void A_lazy_block_equals_an_eager_one_with_the_same_text()
    {
        var lazy = new RemovedBlock(() => "Share on Facebook", "widget");
        var eager = new RemovedBlock("Share on Facebook", "widget");
        lazy.Should().Be(eager);
        lazy.GetHashCode().Should().Be(eager.GetHashCode());
        lazy.Should().NotBe(new RemovedBlock("Share on Twitter", "widget"));
        (lazy with { Reason = "share" }).Text.Should().Be("Share on Facebook");
    }
}
