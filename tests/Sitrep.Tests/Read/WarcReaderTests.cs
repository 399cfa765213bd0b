using System.IO.Compression;
using System.Text;
using Sitrep.Documents;
using Sitrep.Read;
using Sitrep.Read.Decoding;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

public class WarcReaderTests
{
    private const string Page = "<html><head><title>Palmyra</title></head><body><p>Russian jets struck near Palmyra on Tuesday, the ministry said.</p></body></html>";

    private static WarcBuilder Crawl() => new WarcBuilder()
        .Warcinfo()
        .Request("https://www.rt.com/news/palmyra")
        .Response("https://www.rt.com/news/palmyra", Page);

    [Fact]
    public void Only_the_response_record_becomes_a_document_with_url_date_and_locator()
    {
        var items = ReadInput(Crawl().Build(), "crawl.warc");

        items.Should().ContainSingle();
        var doc = items.Documents().Single();
        doc.Kind.Should().Be(PayloadKind.Html);
        doc.Source.Format.Should().Be("warc");
        doc.Source.Url.Should().Be("https://www.rt.com/news/palmyra");
        doc.Source.Locator.Should().StartWith("record 3 at byte ");
        doc.Hints.CollectedDate.Should().Be("2017-04-05T10:00:00Z");
        doc.DeclaredCharset.Should().Be("utf-8");
        doc.Content().Should().Be(Page);
    }

    [Fact]
    public void A_warc_gz_with_one_gzip_member_per_record_is_read_through_all_members()
    {
        var warc = Crawl().Response("https://sana.sy/en/?p=1", Page.Replace("Palmyra", "Deir ez-Zor"));

        var items = ReadInput(warc.BuildGzipPerRecord(), "crawl.warc.gz");

        items.Documents().Select(d => d.Source.Url).Should().Equal("https://www.rt.com/news/palmyra", "https://sana.sy/en/?p=1");
        items.Errors().Should().BeEmpty();
    }

    [Fact]
    public void Error_responses_and_non_text_payloads_are_errors_naming_the_record()
    {
        var warc = new WarcBuilder()
            .Response("https://a.example/missing", "<html>Not found</html>", status: 404)
            .Response("https://a.example/old", "", status: 301, extraHeaders: "Location: https://a.example/new\r\n")
            .Response("https://a.example/logo.png", "", contentType: "image/png", rawBody: [0x89, 0x50, 0x4E, 0x47, 1, 2, 3])
            .Response("https://a.example/report.pdf", "%PDF-1.4 ...", contentType: "application/pdf")
            .Response("https://a.example/ok", Page);

        var items = ReadInput(warc.Build(), "crawl.warc");

        items.Errors().Select(e => e.Reason).Should().Equal(
            "WARC record 1 at byte 0 (https://a.example/missing): HTTP 404, not a page",
            $"WARC record 2 at byte {items[1].Source.Locator!.Split(' ')[^1]} (https://a.example/old): HTTP 301 redirect to https://a.example/new, not a page",
            $"WARC record 3 at byte {items[2].Source.Locator!.Split(' ')[^1]} (https://a.example/logo.png): is image/png, not a text page",
            $"WARC record 4 at byte {items[3].Source.Locator!.Split(' ')[^1]} (https://a.example/report.pdf): is application/pdf, not a text page");
        items.Documents().Single().Source.Url.Should().Be("https://a.example/ok");
        items.Should().AllSatisfy(i => i.Source.Format.Should().Be("warc"));
    }

    [Fact]
    public void Chunked_and_gzip_encoded_bodies_are_decoded()
    {
        var compressed = Gzip(Encoding.UTF8.GetBytes(Page));
        var chunked = new MemoryStream();
        foreach (var part in compressed.Chunk(17))
        {
            chunked.Write(Encoding.ASCII.GetBytes($"{part.Length:x}\r\n"));
            chunked.Write(part);
            chunked.Write("\r\n"u8);
        }
        chunked.Write("0\r\n\r\n"u8);
        var warc = new WarcBuilder().Response("https://a.example/p", "", rawBody: chunked.ToArray(),
            extraHeaders: "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n");

        ReadInput(warc.Build(), "c.warc").Documents().Single().Content().Should().Be(Page);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Deflate_bodies_are_decoded_with_or_without_the_zlib_wrapper(bool zlib)
    {
        var output = new MemoryStream();
        using (Stream z = zlib ? new ZLibStream(output, CompressionLevel.Fastest, true) : new DeflateStream(output, CompressionLevel.Fastest, true))
            z.Write(Encoding.UTF8.GetBytes(Page));
        var warc = new WarcBuilder().Response("https://a.example/p", "", rawBody: output.ToArray(), extraHeaders: "Content-Encoding: deflate\r\n");

        ReadInput(warc.Build(), "c.warc").Documents().Single().Content().Should().Be(Page);
    }

    [Fact]
    public void The_http_charset_is_passed_on_and_decodes_a_cp1251_page()
    {
        var cp1251 = CodePage(1251);
        const string russian = "<html><body><p>Российские самолёты нанесли удар по позициям боевиков.</p></body></html>";
        var warc = new WarcBuilder().Response("https://ria.ru/1", "", contentType: "text/html; charset=windows-1251", rawBody: cp1251.GetBytes(russian));

        var doc = ReadInput(warc.Build(), "c.warc").Documents().Single();

        doc.DeclaredCharset.Should().Be("windows-1251");
        PageDecoder.Decode(doc).Content.Should().Be(russian);
    }

    [Fact]
    public void Plain_text_responses_are_text_and_untyped_html_is_sniffed()
    {
        var warc = new WarcBuilder()
            .Response("https://a.example/t.txt", "Damascus, 5 April. Clashes continued.", contentType: "text/plain")
            .Response("https://a.example/u", Page, contentType: "application/octet-stream");

        ReadInput(warc.Build(), "c.warc").Documents().Select(d => d.Kind).Should().Equal(PayloadKind.Text, PayloadKind.Html);
    }

    [Theory]
    [InlineData(-25)]
    [InlineData(+40)]
    public void A_wrong_content_length_is_an_error_for_that_record_and_reading_resumes_at_the_next(int delta)
    {
        var warc = new WarcBuilder()
            .Response("https://a.example/1", Page)
            .Response("https://a.example/2", Page, contentLengthDelta: delta)
            .Response("https://a.example/3", Page);

        var items = ReadInput(warc.Build(), "c.warc");

        items.Documents().Select(d => d.Source.Url).Should().Equal("https://a.example/1", "https://a.example/3");
        var error = items.Errors().Single();
        error.Reason.Should().StartWith("WARC record 2 at byte ").And.Contain("(https://a.example/2)").And.Contain("Content-Length").And.Contain("is wrong");
        error.Source.Locator.Should().StartWith("record 2 at byte");
    }

    [Fact]
    public void Garbage_between_records_is_reported_and_skipped()
    {
        var warc = new WarcBuilder()
            .Response("https://a.example/1", Page)
            .Raw("this is not a warc record\r\nneither is this\r\n"u8.ToArray())
            .Response("https://a.example/2", Page);

        var items = ReadInput(warc.Build(), "c.warc");

        items.Documents().Should().HaveCount(2);
        items.Errors().Single().Reason.Should().Contain("expected a WARC version line").And.Contain("\"this is not a warc record\"");
    }

    [Fact]
    public void A_file_cut_inside_a_block_yields_the_earlier_records_then_one_truncation_error()
    {
        var full = new WarcBuilder().Response("https://a.example/1", Page).Response("https://a.example/2", Page).Build();
        var cut = full[..(full.Length - 60)];

        var items = ReadInput(cut, "c.warc");

        items.Documents().Single().Source.Url.Should().Be("https://a.example/1");
        items.Errors().Single().Reason.Should().Contain("record 2").And.Contain("truncated file");
    }

    [Fact]
    public void A_truncated_warc_gz_yields_the_complete_records_then_an_error()
    {
        var builder = new WarcBuilder();
        for (int i = 1; i <= 6; i++) builder.Response($"https://a.example/{i}", Page + new string('x', 3000 * i));
        var gz = builder.BuildGzipPerRecord();

        var items = ReadInput(gz[..(gz.Length / 2)], "c.warc.gz");

        items.Documents().Should().NotBeEmpty().And.HaveCountLessThan(6);
        items.Last().Should().BeOfType<ReadError>().Which.Reason.Should().Match(r => r.Contains("gzip") || r.Contains("truncated"));
    }

    [Fact]
    public void A_block_over_the_size_limit_is_skipped_with_an_error_and_the_next_record_is_read()
    {
        var options = new ReadOptions { MaxDocumentBytes = 2000 };
        var warc = new WarcBuilder()
            .Response("https://a.example/big", Page + new string('x', 5000))
            .Response("https://a.example/small", Page);

        var items = ReadInput(warc.Build(), "c.warc", options);

        items.Errors().Single().Reason.Should().Contain("(https://a.example/big)").And.Contain("too large");
        items.Documents().Single().Source.Url.Should().Be("https://a.example/small");
    }

    [Fact]
    public void Angle_bracketed_target_uris_of_warc_1_0_writers_are_unwrapped()
    {
        var block = Encoding.ASCII.GetBytes("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page);
        var record = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <http://old.example/a>\r\nContent-Length: {block.Length}\r\n\r\n");

        var doc = ReadInput([.. record, .. block, .. "\r\n\r\n"u8], "old.warc").Documents().Single();

        doc.Source.Url.Should().Be("http://old.example/a");
    }

    [Fact]
    public void Metadata_revisit_and_dns_records_are_skipped_silently_and_html_resources_are_pages()
    {
        var warc = new WarcBuilder()
            .Record("metadata", "https://a.example/", "application/warc-fields", "via: https://a.example/\r\n"u8.ToArray())
            .Record("revisit", "https://a.example/", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n"u8.ToArray())
            .Record("response", "dns:a.example", "text/dns", "20170405100000\na.example. 300 IN A 10.0.0.1\n"u8.ToArray())
            .Record("resource", "file:///saved/page.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page));

        var items = ReadInput(warc.Build(), "c.warc");

        var doc = items.Should().ContainSingle().Which.Should().BeOfType<ReadDocument>().Subject.Document;
        doc.Source.Url.Should().Be("file:///saved/page.html");
        doc.Kind.Should().Be(PayloadKind.Html);
        doc.DeclaredCharset.Should().Be("utf-8");
    }

    [Fact]
    public void Records_ended_by_lf_lf_instead_of_crlf_crlf_are_accepted()
    {
        var crlf = new WarcBuilder().Response("https://a.example/1", Page).Response("https://a.example/2", Page).Build();
        var text = Encoding.Latin1.GetString(crlf).Replace("</html>\r\n\r\nWARC/", "</html>\n\nWARC/");
        text = text[..^4] + "\n\n";

        var items = ReadInput(Encoding.Latin1.GetBytes(text), "lf.warc");

        items.Errors().Should().BeEmpty();
        items.Documents().Should().HaveCount(2);
    }
}
