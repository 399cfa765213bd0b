using System.Text;
using Sitrep.Documents;
using Sitrep.Read;
using Sitrep.Read.Feeds;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

public class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Syrian Arab News Agency</title>
            <link>https://sana.sy/en/</link>
            <item>
              <title>Army units enter Palmyra</title>
              <link>https://sana.sy/en/?p=71234</link>
              <pubDate>Sun, 27 Mar 2016 09:15:00 GMT</pubDate>
              <dc:creator>Ghossoun</dc:creator>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>Army units, backed by the Russian air force, entered Palmyra on Sunday.</p>]]></content:encoded>
            </item>
            <item>
              <title>Aid convoy reaches Madaya</title>
              <guid>https://sana.sy/en/?p=70001</guid>
              <pubDate>not a date</pubDate>
              <author>desk@sana.sy (News Desk)</author>
              <description>&lt;p&gt;A convoy of 40 trucks reached Madaya.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">TASS World</title>
          <entry>
            <title>Russian jets strike near Deir ez-Zor</title>
            <link rel="self" href="https://tass.com/api/1"/>
            <link rel="alternate" type="text/html" href="https://tass.com/world/1"/>
            <updated>2017-09-10T08:00:00Z</updated>
            <published>2017-09-09T21:30:00+03:00</published>
            <author><name>Maria Ivanova</name></author>
            <summary>Strikes reported.</summary>
            <content type="html">&lt;p&gt;Russian aircraft struck militant positions near Deir ez-Zor, the ministry said.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Plain text entry</title>
            <link href="https://tass.com/world/2"/>
            <content type="text">Fighting &amp; shelling continued &lt;overnight&gt;.</content>
          </entry>
          <entry>
            <title>XHTML entry</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Talks in <b>Astana</b> resumed.</p></div></content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_html_documents_with_hints()
    {
        var docs = ReadInput(Rss, "feed.xml").Documents();

        docs.Should().HaveCount(2);
        docs[0].Source.Should().Be(new SourceInfo("feed.xml", "https://sana.sy/en/?p=71234", "rss", "item 1"));
        docs[0].Kind.Should().Be(PayloadKind.Html);
        docs[0].Text.Should().Be("<p>Army units, backed by the Russian air force, entered Palmyra on Sunday.</p>");
        docs[0].Hints.Should().Be(new DocumentHints("https://sana.sy/en/?p=71234", "Army units enter Palmyra", "2016-03-27T09:15:00+00:00", "Syrian Arab News Agency", "Ghossoun"));
        docs[1].Text.Should().Be("<p>A convoy of 40 trucks reached Madaya.</p>");
        docs[1].Hints.Url.Should().Be("https://sana.sy/en/?p=70001");
        docs[1].Hints.Date.Should().Be("not a date");
        docs[1].Hints.Author.Should().Be("News Desk");
    }

    [Fact]
    public void Atom_entries_take_the_alternate_link_published_date_and_each_content_type()
    {
        var docs = ReadInput(Atom, "feed.atom").Documents();

        docs.Should().HaveCount(3);
        docs.Should().AllSatisfy(d => d.Source.Format.Should().Be("atom"));
        docs[0].Hints.Should().Be(new DocumentHints("https://tass.com/world/1", "Russian jets strike near Deir ez-Zor", "2017-09-09T21:30:00+03:00", "TASS World", "Maria Ivanova"));
        docs[0].Text.Should().Be("<p>Russian aircraft struck militant positions near Deir ez-Zor, the ministry said.</p>");
        docs[1].Text.Should().Be("<p>Fighting &amp; shelling continued &lt;overnight&gt;.</p>");
        docs[1].Hints.Url.Should().Be("https://tass.com/world/2");
        docs[2].Text.Should().Contain("<p").And.Contain("Talks in").And.Contain("Astana</b> resumed.</p>");
    }

    [Fact]
    public void Rss_1_0_rdf_items_are_read()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/rss"><title>Example Monitor</title><link>https://example.org/</link></channel>
              <item rdf:about="https://example.org/a1">
                <title>Idlib shelling</title><link>https://example.org/a1</link>
                <description>Shelling hit Khan Sheikhoun.</description><dc:date>2017-04-04</dc:date>
              </item>
            </rdf:RDF>
            """;
        var doc = ReadInput(rdf, "rdf.xml").Documents().Single();

        doc.Source.Format.Should().Be("rss");
        doc.Hints.Should().Be(new DocumentHints("https://example.org/a1", "Idlib shelling", "2017-04-04T00:00:00+00:00", "Example Monitor"));
    }

    [Fact]
    public void Malformed_xml_keeps_the_items_before_it_and_reports_line_and_position()
    {
        var broken = Rss.Replace("<title>Aid convoy reaches Madaya</title>", "<title>Aid convoy <b>reaches</title>");

        var items = ReadInput(broken, "feed.xml");

        items.Documents().Should().ContainSingle();
        items.Errors().Single().Reason.Should().MatchRegex(@"^malformed XML at line \d+, position \d+: .+; the 1 item\(s\) before it were read$");
    }

    [Fact]
    public void External_entities_are_not_resolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
                <rss version="2.0"><channel><title>T</title>
                <item><title>a</title><description>before &xxe; after</description></item></channel></rss>
                """;
            var items = ReadInput(xxe, "evil.xml");

            items.Should().NotBeEmpty();
            items.Documents().Should().AllSatisfy(d => d.Text.Should().NotContain("TOP-SECRET"));
            items.Errors().Should().AllSatisfy(e => e.Reason.Should().NotContain("TOP-SECRET"));
        }
        finally { File.Delete(secret); }
    }

    [Fact]
    public void An_item_without_any_content_is_an_error_naming_it()
    {
        const string rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>Only a title</title><link>https://a.example/x</link></item></channel></rss>";

        ReadInput(rss, "f.xml").Errors().Single().Reason.Should().Be("item 1 (\"Only a title\"): no content (no content:encoded, content, description or summary with text)");
    }

    [Fact]
    public void A_cp1251_feed_declared_in_the_xml_declaration_or_undeclared_is_decoded()
    {
        const string body = "<rss version=\"2.0\"><channel><title>РИА Новости</title><item><title>Пальмира</title><description>Сирийская армия вошла в Пальмиру.</description></item></channel></rss>";
        var declared = CodePage(1251).GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n" + body);
        var undeclared = CodePage(1251).GetBytes(body);

        foreach (var bytes in new[] { declared, undeclared })
        {
            var doc = ReadInput(bytes, "ria.xml").Documents().Single();
            doc.Text.Should().Be("Сирийская армия вошла в Пальмиру.");
            doc.Hints.Outlet.Should().Be("РИА Новости");
        }
    }

    [Theory]
    [InlineData("Wed, 05 Apr 2017 10:00:00 GMT", "2017-04-05T10:00:00+00:00")]
    [InlineData("Wed, 5 Apr 2017 13:00:00 +0300", "2017-04-05T13:00:00+03:00")]
    [InlineData("05 Apr 2017 10:00 EST", "2017-04-05T10:00:00-05:00")]
    [InlineData("2017-04-05T10:00:00Z", "2017-04-05T10:00:00+00:00")]
    [InlineData("2017-04-05T13:00:00+03:00", "2017-04-05T13:00:00+03:00")]
    [InlineData("yesterday", "yesterday")]
    public void Feed_dates_are_normalised_to_iso_8601_when_they_parse(string raw, string expected)
    {
        FeedDates.Normalise(raw).Should().Be(expected);
    }

    [Fact]
    public void Media_rss_captions_are_not_taken_for_the_title_or_the_article()
    {
        const string rss = """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
            <item>
              <media:title>Photo: smoke over Aleppo, a very long caption that is longer than the actual description text</media:title>
              <media:description>A long caption describing the photograph of smoke rising over eastern Aleppo after air strikes on Tuesday.</media:description>
              <title>Strikes on Aleppo</title>
              <description>Air strikes hit eastern Aleppo.</description>
            </item></channel></rss>
            """;
        var doc = ReadInput(rss, "f.xml").Documents().Single();

        doc.Hints.Title.Should().Be("Strikes on Aleppo");
        doc.Text.Should().Be("Air strikes hit eastern Aleppo.");
    }
}
