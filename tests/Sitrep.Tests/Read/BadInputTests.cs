using System.Text;
using Sitrep.Documents;
using Sitrep.Read;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

/// <summary>Hostile and broken inputs: each yields a specific error naming the input, and reading goes on.</summary>
public class BadInputTests
{
    private const string Article = "Damascus, 5 April (SANA). Army units restored security to several villages in the countryside of Hama.\n";

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "a PNG image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A }, "a PDF document")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0 }, "an ELF executable")]
    public void Binary_files_are_named_for_what_they_are(byte[] head, string what)
    {
        var bytes = head.Concat(Enumerable.Range(0, 500).Select(i => (byte)(i * 7))).ToArray();

        ReadInput(bytes, "download.html").Should().ContainSingle()
            .Which.Should().BeOfType<ReadError>().Which.Reason.Should().Be($"not a text document: {what}");
    }

    [Fact]
    public void Random_bytes_are_not_a_text_document()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        ReadInput(bytes, "noise.txt").Should().ContainSingle()
            .Which.Should().BeOfType<ReadError>().Which.Reason.Should().StartWith("not a text document");
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        ReadInput([], "empty.txt").Should().ContainSingle()
            .Which.Should().BeOfType<ReadError>().Which.Reason.Should().Be("empty input: no bytes to read");
    }

    [Fact]
    public void A_truncated_gzip_page_is_an_error_mentioning_gzip()
    {
        var gz = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article, 200))));

        var error = ReadInput(gz[..(gz.Length / 2)], "page.txt.gz").Should().ContainSingle().Which.Should().BeOfType<ReadError>().Subject;
        error.Reason.Should().Contain("gzip data");
        error.Source.Path.Should().Be("page.txt.gz");
    }

    [Fact]
    public void A_page_over_the_size_limit_is_an_error_saying_so()
    {
        var options = new ReadOptions { MaxDocumentBytes = 1000 };
        var reason = ReadInput(string.Concat(Enumerable.Repeat(Article, 30)), "long.txt", options).Errors().Single().Reason;

        reason.Should().Be("too large: 3 KB is over the 1000 bytes limit for one document (split it, or raise --max-document-mb)");
    }

    [Fact]
    public void A_directory_walk_reports_bad_entries_and_reads_the_rest()
    {
        using var dir = new TempDir();
        dir.File("a-page.txt", Article);
        dir.File("b-image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        dir.File("c-empty.txt", "");
        dir.File("nested/deeper/d-page.html", "<html><body><p>" + Article + "</p></body></html>");
        dir.File("nested/e-lines.jsonl", "{\"text\": \"one\"}\nnot json\n{\"text\": \"two\"}\n");
        dir.File(".hidden/skipped.txt", Article);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "f-dangling.txt"), Path.Combine(dir.Path, "does-not-exist.txt"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "nested", "loop"), dir.Path);

        var items = new InputReader(ReadOptions.Default).Read([dir.Path]).ToList();

        var byName = items.Select(i => (Name: Path.GetRelativePath(dir.Path, i.Source.Path!), Item: i)).ToList();
        byName.Select(x => x.Name + (x.Item is ReadError e ? " ! " + e.Reason : "")).Should().Equal(
            "a-page.txt",
            "b-image.png ! not a text document: a PNG image",
            "c-empty.txt ! empty input: no bytes to read (or not a regular file)",
            $"f-dangling.txt ! broken symbolic link: its target {Path.Combine(dir.Path, "does-not-exist.txt")} does not exist",
            "nested/e-lines.jsonl",
            "nested/e-lines.jsonl ! line 2: invalid JSON at byte 1: 'not json' is an invalid JSON literal. Expected the literal 'null'",
            "nested/e-lines.jsonl",
            "nested/deeper/d-page.html");
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);

    [Fact]
    public async Task A_fifo_inside_a_walked_directory_does_not_hang_the_walk()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        dir.File("a.txt", Article);
        if (mkfifo(Path.Combine(dir.Path, "b-pipe"), Convert.ToUInt32("644", 8)) != 0) return;
        dir.File("c.txt", Article);

        var walk = Task.Run(() => new InputReader(ReadOptions.Default).Read([dir.Path]).ToList());

        var finished = await Task.WhenAny(walk, Task.Delay(TimeSpan.FromSeconds(20)));
        finished.Should().BeSameAs(walk, "a FIFO without a writer must not block the walk");
        var items = await walk;
        items.Select(i => Path.GetFileName(i.Source.Path)).Should().Equal("a.txt", "b-pipe", "c.txt");
        items[1].Should().BeOfType<ReadError>();
    }

    [Fact]
    public void A_reader_never_reports_an_internal_failure_on_the_fixtures()
    {
        // The guard in InputReader turns reader exceptions into errors; none of the bad inputs above should need it.
        var inputs = new List<byte[]>
        {
            new byte[] { 0x1f, 0x8b, 0x08, 0x00, 1, 2, 3 },
            "WARC/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"u8.ToArray(),
            "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"u8.ToArray(),
            "<rss><channel><item><description>x"u8.ToArray(),
            "title,text\n\"a"u8.ToArray(),
            "{\"text\": \"\\ud800\"}\n"u8.ToArray(),
        };
        foreach (var input in inputs)
            ReadInput(input, "x").Errors().Should().AllSatisfy(e => e.Reason.Should().NotStartWith(InputReader.UnexpectedFailure));
    }
}

public class EmptyContainerTests
{
    [Theory]
    [InlineData("c.warc", "no pages: the WARC file holds no response or resource records")]
    [InlineData("x.csv", "no rows: the CSV file has a header but no rows")]
    [InlineData("f.xml", "no items: the feed has no <item> elements")]
    [InlineData("a.atom", "no entries: the feed has no <entry> elements")]
    public void A_container_without_documents_says_so(string name, string reason)
    {
        var content = name switch
        {
            "c.warc" => new WarcBuilder().Warcinfo().Request("https://a.example/").Build(),
            "x.csv" => "title,text,date\r\n"u8.ToArray(),
            "f.xml" => "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Empty</title></channel></rss>"u8.ToArray(),
            _ => "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Empty</title></feed>"u8.ToArray(),
        };

        ReadHelpers.ReadInput(content, name).Should().ContainSingle().Which.Should().BeOfType<Sitrep.Documents.ReadError>()
            .Which.Reason.Should().StartWith(reason);
    }
}
