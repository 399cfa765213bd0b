using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Sitrep.Documents;
using Sitrep.Read;
using Sitrep.Read.Decoding;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

/// <summary>Whatever the bytes, the read stage answers with documents and errors, never an exception.</summary>
public class ReadPropertyTests
{
    private static readonly (string Name, byte[] Bytes)[] Fixtures = BuildFixtures();

    private static (string, byte[])[] BuildFixtures()
    {
        const string page = "<html><head><meta charset=\"utf-8\"><title>Palmyra</title></head><body><p>Army units entered Palmyra.</p></body></html>";
        var warc = new WarcBuilder().Warcinfo().Request("https://a.example/").Response("https://a.example/", page)
            .Response("https://a.example/gz", "", rawBody: Gzip(Encoding.UTF8.GetBytes(page)), extraHeaders: "Content-Encoding: gzip\r\n")
            .Response("https://a.example/404", "x", status: 404);
        return
        [
            ("crawl.warc", warc.Build()),
            ("crawl.warc.gz", warc.BuildGzipPerRecord()),
            ("pages.jsonl", Encoding.UTF8.GetBytes("{\"text\": \"Shelling in Hama.\", \"url\": \"https://a.example/1\"}\n{\"html\": \"<p>Raqqa</p>\"}\n")),
            ("a.csv", Encoding.UTF8.GetBytes("title,text,date\n\"A, b\",\"Line one\nline two \"\"quoted\"\"\",2017\nC,D,2018\n")),
            ("feed.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>a</title><link>https://a.example/</link><description>&lt;p&gt;x&lt;/p&gt;</description><pubDate>Wed, 05 Apr 2017 10:00:00 GMT</pubDate></item></channel></rss>")),
            ("feed.atom", Encoding.UTF8.GetBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>a</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></div></content></entry></feed>")),
            ("page.html.gz", Gzip(Encoding.UTF8.GetBytes(page))),
            ("page.txt", CodePage(1251).GetBytes("Сирийская армия вошла в Пальмиру.")),
        ];
    }

    private static void AssertWellBehaved(byte[] bytes, string? name, long limit = 20L * 1024 * 1024)
    {
        var items = ReadInput(bytes, name, new ReadOptions { MaxDocumentBytes = limit });
        items.Should().AllSatisfy(item =>
        {
            item.Should().Match<ReadItem>(i => i is ReadDocument || i is ReadError);
            item.Source.Should().NotBeNull();
            if (item is ReadError e)
            {
                e.Reason.Should().NotBeNullOrWhiteSpace();
                e.Reason.Should().NotStartWith(InputReader.UnexpectedFailure);
            }
            if (item is ReadDocument d)
            {
                d.Document.Id.Should().MatchRegex("^[0-9a-f]{16}$");
                PageDecoder.Decode(d.Document).Content.Should().NotBeNull();
            }
        });
    }

    [Property(MaxTest = 300)]
    public void Random_bytes_never_throw(byte[] bytes, bool named)
    {
        AssertWellBehaved(bytes, named ? "input.txt" : null);
    }

    [Property(MaxTest = 500)]
    public void Mutated_fixtures_never_throw(NonNegativeInt which, (int Position, byte Value)[] edits, int cut, bool smallLimit)
    {
        var (name, original) = Fixtures[which.Get % Fixtures.Length];
        var bytes = (byte[])original.Clone();
        foreach (var (position, value) in edits)
            bytes[(int)((uint)position % (uint)bytes.Length)] = value;
        if (cut < 0) bytes = bytes[..(int)((uint)-(long)cut % (uint)bytes.Length)];
        AssertWellBehaved(bytes, name, smallLimit ? 200 : 20L * 1024 * 1024);
    }

    [Fact]
    public void Every_fixture_reads_without_errors_before_mutation()
    {
        foreach (var (name, bytes) in Fixtures)
        {
            var items = ReadInput(bytes, name);
            items.Documents().Should().NotBeEmpty(name);
            if (!name.StartsWith("crawl")) items.Errors().Should().BeEmpty(name);
        }
    }
}
