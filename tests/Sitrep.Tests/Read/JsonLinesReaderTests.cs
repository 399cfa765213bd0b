using System.Text;
using Sitrep.Documents;
using Sitrep.Read;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

public class JsonLinesReaderTests
{
    private const string Good1 = """{"text": "Syrian army units entered Palmyra on Sunday.", "url": "https://sana.sy/en/?p=1", "title": "Palmyra", "date": "2016-03-27", "outlet": "SANA"}""";
    private const string Good2 = """{"html": "<p>Russian jets struck ISIS positions.</p>", "author": "Ivan Petrov", "source": "TASS"}""";

    [Fact]
    public void Each_line_is_a_document_with_its_hints()
    {
        var items = ReadInput(Good1 + "\n" + Good2 + "\n", "pages.jsonl");

        var docs = items.Documents();
        docs.Should().HaveCount(2);
        docs[0].Kind.Should().Be(PayloadKind.Text);
        docs[0].Text.Should().Be("Syrian army units entered Palmyra on Sunday.");
        docs[0].Hints.Should().Be(new DocumentHints(Url: "https://sana.sy/en/?p=1", Title: "Palmyra", Date: "2016-03-27", Outlet: "SANA"));
        docs[0].Source.Should().Be(new SourceInfo("pages.jsonl", "https://sana.sy/en/?p=1", "jsonl", "line 1"));
        docs[0].Id.Should().Be(ContentHash.Of(Good1));
        docs[1].Kind.Should().Be(PayloadKind.Html);
        docs[1].Hints.Author.Should().Be("Ivan Petrov");
        docs[1].Hints.Outlet.Should().Be("TASS");
    }

    [Fact]
    public void Bad_lines_are_errors_with_their_line_number_and_the_good_lines_still_come_out()
    {
        var input = string.Join("\n",
            Good1,
            "{\"text\": \"unterminated",
            "",
            "[1, 2, 3]",
            "{\"title\": \"no body\"}",
            "{\"text\": 42}",
            "{\"text\": \"   \"}",
            "{\"text\": \"a\"} {\"text\": \"b\"}",
            Good2) + "\r\n";

        var items = ReadInput(input, "mixed.jsonl");

        items.Documents().Should().HaveCount(2);
        items.Errors().Select(e => e.Reason).Should().SatisfyRespectively(
            r => r.Should().StartWith("line 2: invalid JSON at byte"),
            r => r.Should().Be("line 4: a JSON array, not an object with a \"text\" or \"html\" field"),
            r => r.Should().Be("line 5: no \"text\" or \"html\" field: each line needs the page as a string in one of them"),
            r => r.Should().Be("line 6: \"text\" is a JSON number, not a string"),
            r => r.Should().Be("line 7: the \"text\" field is empty"),
            r => r.Should().StartWith("line 8: invalid JSON at byte 14: '{' is invalid after a single JSON value"));
        items.Documents()[1].Source.Locator.Should().Be("line 9");
    }

    [Fact]
    public void A_line_over_the_size_limit_is_skipped_and_the_next_line_is_read()
    {
        var big = "{\"text\": \"" + new string('x', 5000) + "\"}";
        var items = ReadInput(big + "\n" + Good1 + "\n", "big.jsonl", new ReadOptions { MaxDocumentBytes = 1000 });

        items.Errors().Single().Reason.Should().StartWith("line 1: too large");
        items.Documents().Single().Source.Locator.Should().Be("line 2");
    }

    [Fact]
    public void Utf16_and_bom_prefixed_files_are_read()
    {
        var text = Good1 + "\n" + "{\"text\": \"Российские войска вошли в Пальмиру.\"}\n";

        var utf16 = ReadInput([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "u16.jsonl");
        var utf8Bom = ReadInput([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "bom.jsonl");

        utf16.Documents().Select(d => d.Text).Should().Equal("Syrian army units entered Palmyra on Sunday.", "Российские войска вошли в Пальмиру.");
        utf8Bom.Documents().Select(d => d.Text).Should().Equal("Syrian army units entered Palmyra on Sunday.", "Российские войска вошли в Пальмиру.");
    }

    [Fact]
    public void A_cp1251_line_in_a_utf8_file_is_decoded_not_refused()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Good1 + "\n"), .. CodePage(1251).GetBytes("{\"text\": \"Сирийская армия освободила город.\"}\n")];

        ReadInput(bytes, "mixed.jsonl").Documents().Select(d => d.Text).Should().Contain("Сирийская армия освободила город.");
    }
}
