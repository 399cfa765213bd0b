using Sitrep.Extract.Html.Source;
using Sitrep.Extract.Metadata.Html;

namespace Sitrep.Tests.Extract.Metadata;

public class ShortTextTests
{
    [Theory]
    [InlineData("<span class='date'>Posted <b>16 December</b> 2016</span>")]
    [InlineData("<div>  <p>Dec 16,</p>\n<p>2016 <i>10:32</i> am</p></div>")]
    public void A_short_element_reads_as_its_text_content(string inner)
    {
        using var dom = HtmlParsing.Parse($"<body><div id='x'>{inner}</div></body>");
        var e = dom.GetElementById("x")!;
        ShortText.Of(e, 300).Should().Be(e.TextContent);
    }

    [Fact]
    public void An_element_longer_than_the_limit_or_empty_has_no_short_text()
    {
        using var dom = HtmlParsing.Parse($"<body><div id='long'><p>{new string('a', 200)}</p><p>{new string('b', 101)}</p></div><div id='empty'><img src='a.png'></div></body>");
        ShortText.Of(dom.GetElementById("long")!, 300).Should().BeNull();
        ShortText.Of(dom.GetElementById("long")!, 301).Should().HaveLength(301);
        ShortText.Of(dom.GetElementById("empty")!, 300).Should().BeNull();
    }
}
