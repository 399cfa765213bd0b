using AwesomeAssertions;
using Sitrep.Documents;
using Sitrep.Extract.Html;
using Sitrep.Extract.Html.Source;
using Xunit;

namespace Sitrep.Tests.Extract.Html;

/// <summary>The parser skips script text; JSON-LD and script data are read from the source instead.</summary>
public class ScriptBlocksTests
{
    [Fact]
    public void Finds_script_bodies_with_their_type_and_skips_commented_out_ones()
    {
        const string html = """
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks in Astana"}</script>
            <!-- <script type="application/ld+json">{"@type":"NewsArticle","headline":"old"}</script> -->
            <SCRIPT data-x='a>b' type=text/javascript>var s = "</scripts>"; window.x = 1;</SCRIPT >
            <scripts>not a script</scripts>
            </head><body><p>x</p><script>unterminated
            """;
        var scripts = ScriptBlocks.Find(html);
        scripts.Blocks.Select(b => b.Type).Should().Equal("application/ld+json", "text/javascript", null);
        scripts.TextOf(scripts.Blocks[0]).ToString().Should().Be("""{"@type":"NewsArticle","headline":"Talks in Astana"}""");
        scripts.TextOf(scripts.Blocks[1]).ToString().Should().Be("""var s = "</scripts>"; window.x = 1;""");
        scripts.TextOf(scripts.Blocks[2]).ToString().Should().Be("unterminated");
        scripts.Blocks[0].IsJsonLd.Should().BeTrue();
    }

    [Fact]
    public void Many_comments_before_a_script_and_one_hiding_a_script_leave_the_same_blocks()
    {
        // The scan remembers the next "<script" across comments: it must still drop the one a comment swallows
        // and find the ones after.
        var comments = string.Concat(Enumerable.Range(0, 300).Select(i => $"<!-- ad slot {i} --><div>{i}</div>"));
        var html = "<html><head>" + comments + "<script>first()</script>" + comments
            + "<!-- <script>hidden()</script> --><!-- a --><script type=\"application/ld+json\">{}</script></head></html>";
        var scripts = ScriptBlocks.Find(html);
        scripts.Blocks.Select(b => scripts.TextOf(b).ToString()).Should().Equal("first()", "{}");
    }

    [Fact]
    public void Json_ld_and_script_data_still_reach_the_metadata_although_the_parser_drops_script_text()
    {
        const string html = """
            <html><head><title>Ceasefire holds in Idlib</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ceasefire holds in Idlib","author":{"@type":"Person","name":"Maria Petrova"}}</script>
            </head><body><div class="story"><p>The ceasefire agreed in Moscow held through the night, monitors said, with no shelling reported along the front line south of Idlib.</p>
            <script>window.__DATA__ = {"story":{"publishedAt":"2020-03-07T09:15:00Z"}};</script>
            <p>Turkish and Russian patrols are due to begin on the M4 highway next week under the terms of the deal.</p></div></body></html>
            """;
        var doc = new HtmlExtractor().Extract(new DecodedPage(new RawDocument
        {
            Source = new SourceInfo("fixture.html", null, "html"),
            Kind = PayloadKind.Html,
            Text = html,
            Id = "fixture",
        }, html, PayloadKind.Html, "utf-8", []));
        doc.Authors.Should().Equal("Maria Petrova");
        doc.Published!.Date.Should().Be("2020-03-07");
        doc.Body.Should().NotContain("__DATA__");
    }
}
