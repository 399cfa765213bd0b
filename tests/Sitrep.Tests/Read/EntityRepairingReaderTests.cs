using Sitrep.Read.Feeds;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

public class EntityRepairingReaderTests
{
    private static string Repair(string xml) => new EntityRepairingReader(new StringReader(xml)).ReadToEnd();

    [Theory]
    [InlineData("a&nbsp;b", "a&#160;b")]
    [InlineData("Assad&rsquo;s &mdash; forces", "Assad&#8217;s &#8212; forces")]
    [InlineData("AT&T and Q&A", "AT&amp;T and Q&amp;A")]
    [InlineData("?id=1&page=2", "?id=1&amp;page=2")]
    [InlineData("&amp; &lt; &gt; &quot; &apos; &#160; &#xA0;", "&amp; &lt; &gt; &quot; &apos; &#160; &#xA0;")]
    [InlineData("&notanentity;", "&amp;notanentity;")]
    [InlineData("<![CDATA[a&nbsp;b & c]]> d&nbsp;", "<![CDATA[a&nbsp;b & c]]> d&#160;")]
    [InlineData("<!-- a & b --> &", "<!-- a & b --> &amp;")]
    [InlineData("ends with &", "ends with &amp;")]
    [InlineData("ends with &nbsp", "ends with &amp;nbsp")]
    public void Html_entities_and_bare_ampersands_become_well_formed_xml(string input, string expected)
    {
        Repair(input).Should().Be(expected);
    }

    [Fact]
    public void Entities_and_cdata_cut_by_the_buffer_are_repaired_the_same()
    {
        // Place each construct across the 64 K buffer boundary.
        foreach (int shift in new[] { 1, 2, 3, 5, 8, 9 })
        {
            var pad = new string('x', 65536 - shift);
            Repair(pad + "&nbsp;y").Should().Be(pad + "&#160;y");
            Repair(pad + "<![CDATA[&nbsp;]]>").Should().Be(pad + "<![CDATA[&nbsp;]]>");
        }
    }

    [Fact]
    public void A_feed_with_html_entities_is_read_whole()
    {
        const string rss = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Al-Masdar &amp; Co</title>"
            + "<item><title>Assad&rsquo;s forces advance</title><link>https://a.example/?id=1&page=2</link>"
            + "<description>Fighting near Hama&nbsp;&mdash; 12 killed.</description></item></channel></rss>";

        var doc = ReadInput(rss, "feed.xml").Documents().Single();

        doc.Hints.Title.Should().Be("Assad\u2019s forces advance");
        doc.Hints.Url.Should().Be("https://a.example/?id=1&page=2");
        doc.Text.Should().Be("Fighting near Hama\u00A0\u2014 12 killed.");
        doc.Hints.Outlet.Should().Be("Al-Masdar & Co");
    }
}
