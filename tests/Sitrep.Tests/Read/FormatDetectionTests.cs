using System.Text;
using Sitrep.Read.Detection;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

/// <summary>Formats come from the content; the file name only breaks ties.</summary>
public class FormatDetectionTests
{
    private static InputFormat Detect(string content, string? name) => FormatDetector.Detect(Encoding.UTF8.GetBytes(content), name).Format;

    [Fact]
    public void A_feed_saved_as_txt_is_read_as_a_feed()
    {
        const string rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title><item><title>a</title><description>Text</description></item></channel></rss>";
        Detect(rss, "saved-feed.txt").Should().Be(InputFormat.Rss);
        ReadInput(rss, "saved-feed.txt").Documents().Single().Source.Format.Should().Be("rss");
        Detect("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>", "atom.txt").Should().Be(InputFormat.Atom);
    }

    [Fact]
    public void A_warc_without_extension_is_a_warc()
    {
        var warc = new WarcBuilder().Response("https://a.example/", "<html><p>x</p></html>").Build();
        FormatDetector.Detect(warc, "crawl-0001").Format.Should().Be(InputFormat.Warc);
        ReadInput(warc, "crawl-0001").Documents().Single().Source.Format.Should().Be("warc");
    }

    [Fact]
    public void Json_lines_named_txt_are_json_lines_even_when_the_first_line_is_broken()
    {
        Detect("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "dump.txt").Should().Be(InputFormat.JsonLines);
        Detect("{\"text\": \"broken\n{\"text\": \"b\"}\n", "dump.txt").Should().Be(InputFormat.JsonLines);
    }

    [Fact]
    public void One_json_record_longer_than_the_head_is_json_lines()
    {
        var line = "{\"text\": \"" + string.Concat(Enumerable.Repeat("Ракетный удар по Алеппо. ", 5000)) + "\"}\n";
        Detect(line, null).Should().Be(InputFormat.JsonLines);
    }

    [Fact]
    public void Html_from_a_nameless_stream_is_html()
    {
        const string html = "<!DOCTYPE html><html><head><title>Palmyra</title></head><body><p>Army units entered Palmyra.</p></body></html>";
        Detect(html, null).Should().Be(InputFormat.Html);
        ReadInput(html, null).Documents().Single().Source.Should().Be(new Documents.SourceInfo(null, null, "html"));
    }

    [Fact]
    public void Scraped_plain_text_is_text_even_with_a_comma_after_text()
    {
        Detect("Text, photos: Reuters\nDamascus, 5 April. Army units entered the town.\n", "page.txt").Should().Be(InputFormat.Text);
        Detect("Palmyra liberated\n\nThe Syrian army said on Sunday that it had retaken Palmyra.\n", null).Should().Be(InputFormat.Text);
    }

    [Fact]
    public void A_csv_header_naming_a_text_column_is_csv_whatever_the_name()
    {
        Detect("id;title;text\n1;a;b\n", "export.dat").Should().Be(InputFormat.Csv);
    }

    [Fact]
    public void Gzip_is_unwrapped_and_its_content_detected()
    {
        var items = ReadInput(Gzip(Encoding.UTF8.GetBytes("{\"text\": \"a\"}\n")), "lines.gz");
        items.Documents().Single().Source.Format.Should().Be("jsonl");
    }
}
