using System.Text;
using Sitrep.Documents;
using Sitrep.Read;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

public class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_hold_delimiters_doubled_quotes_and_line_breaks()
    {
        const string csv = "id,title,text,source,date\r\n"
            + "1,\"Palmyra, retaken\",\"The army said: \"\"We entered the city.\"\"\r\nResidents returned.\",SANA,2016-03-27\r\n"
            + "2,Aleppo,Plain text without quotes,TASS,2016-12-22\r\n";

        var docs = ReadInput(csv, "articles.csv").Documents();

        docs.Should().HaveCount(2);
        docs[0].Text.Should().Be("The army said: \"We entered the city.\"\r\nResidents returned.");
        docs[0].Hints.Should().Be(new DocumentHints(Title: "Palmyra, retaken", Date: "2016-03-27", Outlet: "SANA"));
        docs[0].Source.Should().Be(new SourceInfo("articles.csv", null, "csv", "row 1"));
        docs[0].Kind.Should().Be(PayloadKind.Text);
        docs[1].Text.Should().Be("Plain text without quotes");
    }

    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    [InlineData('|')]
    public void The_delimiter_is_guessed_from_the_header(char d)
    {
        var csv = $"title{d}content{d}url\nHoms{d}Shelling resumed, officials said.{d}https://a.example/h\n";

        var doc = ReadInput(csv, "export.txt").Documents().Single();

        doc.Text.Should().Be("Shelling resumed, officials said.");
        doc.Hints.Url.Should().Be("https://a.example/h");
        doc.Source.Url.Should().Be("https://a.example/h");
    }

    [Fact]
    public void Bad_rows_are_errors_with_row_and_line_and_reading_goes_on()
    {
        const string csv = "title,text,date\n"
            + "Good one,Text one,2017-01-01\n"
            + "Too few,only two\n"
            + "\n"
            + "Empty text,  ,2017-01-02\n"
            + "Too,many,fields,here\n"
            + "Good two,\"Text\ntwo\",2017-01-03\n";

        var items = ReadInput(csv, "a.csv");

        items.Documents().Select(d => d.Hints.Title).Should().Equal("Good one", "Good two");
        items.Errors().Select(e => e.Reason).Should().Equal(
            "row 2 (line 3): 2 fields, but the header has 3 (a stray delimiter or quote?)",
            "row 3 (line 5): the text column \"text\" is empty",
            "row 4 (line 6): 4 fields, but the header has 3 (a stray delimiter or quote?)");
        items.Documents()[1].Source.Locator.Should().Be("row 5");
    }

    [Fact]
    public void A_header_without_a_text_column_is_one_error_listing_the_columns()
    {
        var items = ReadInput("id,headline,when\n1,Something,2017\n", "x.csv");

        items.Should().ContainSingle().Which.Should().BeOfType<ReadError>()
            .Which.Reason.Should().Contain("\"id\", \"headline\", \"when\"").And.Contain("--text-column");
    }

    [Fact]
    public void Columns_named_in_the_options_win_case_insensitively()
    {
        var options = new ReadOptions { Csv = new CsvColumns(Text: "Body Copy", Title: "HEADLINE", Source: "Paper") };
        var items = ReadInput("Headline,Body Copy,Paper\nClashes in Idlib,Fighting continued overnight.,Reuters\n", "x.csv", options);

        var doc = items.Documents().Single();
        doc.Text.Should().Be("Fighting continued overnight.");
        doc.Hints.Title.Should().Be("Clashes in Idlib");
        doc.Hints.Outlet.Should().Be("Reuters");
    }

    [Fact]
    public void A_column_named_in_the_options_that_is_missing_is_an_error()
    {
        var options = new ReadOptions { Csv = new CsvColumns(Text: "article") };
        ReadInput("title,text\na,b\n", "x.csv", options).Errors().Single().Reason
            .Should().Be("the CSV header has no column \"article\" (named by --text-column); its columns are \"title\", \"text\"");
    }

    [Fact]
    public void An_html_column_makes_html_documents()
    {
        ReadInput("url,html\nhttps://a.example/,<p>Raqqa</p>\n", "x.csv").Documents().Single().Kind.Should().Be(PayloadKind.Html);
    }

    [Fact]
    public void A_bom_and_cp1251_are_decoded()
    {
        const string csv = "title,text\nПальмира,Сирийская армия вошла в город.\n";
        var bom = ReadInput([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "u.csv").Documents().Single();
        var cp1251 = ReadInput(CodePage(1251).GetBytes(csv), "c.csv").Documents().Single();

        bom.Text.Should().Be("Сирийская армия вошла в город.");
        cp1251.Text.Should().Be("Сирийская армия вошла в город.");
        cp1251.Hints.Title.Should().Be("Пальмира");
    }

    [Fact]
    public void An_unclosed_quote_is_reported_and_the_rows_after_it_are_still_read()
    {
        var items = ReadInput("title,text\nA,\"starts but never ends\nB,more\nC,and more\nD,too,many\n", "x.csv");

        items.Errors().Select(e => e.Reason).Should().Equal(
            "row 1 (line 2): a quoted field is never closed (an unbalanced \"); reading resumes on the next line",
            "row 4 (line 5): 3 fields, but the header has 2 (a stray delimiter or quote?)");
        items.Documents().Select(d => (d.Hints.Title, d.Text, d.Source.Locator)).Should().Equal(("B", "more", "row 2"), ("C", "and more", "row 3"));
    }

    [Fact]
    public void The_same_row_gets_the_same_id_and_different_rows_differ()
    {
        var docs = ReadInput("title,text\nA,Same text\nA,Same text\nB,Same text\n", "x.csv").Documents();

        docs[0].Id.Should().Be(docs[1].Id);
        docs[2].Id.Should().NotBe(docs[0].Id);
    }

    [Fact]
    public void Reads_every_row_of_the_FA_KES_corpus()
    {
        var path = Path.Combine(RepoRoot(), "..", "shared", "data", "corpus-fakes", "FA-KES-Dataset.csv");
        if (!File.Exists(path)) return; // the evaluation data lives outside the repository and may be absent

        var items = new InputReader(ReadOptions.Default).Read([path]).ToList();

        items.Errors().Should().BeEmpty();
        var docs = items.Documents();
        docs.Should().HaveCount(804);
        docs.Should().AllSatisfy(d =>
        {
            d.Source.Format.Should().Be("csv");
            d.Hints.Title.Should().NotBeNullOrEmpty();
            d.Hints.Date.Should().NotBeNullOrEmpty();
            d.Hints.Outlet.Should().NotBeNullOrEmpty();
            d.Text.Should().NotBeNullOrWhiteSpace();
        });
        docs[0].Hints.Title.Should().Be("Syria attack symptoms consistent with nerve agent use WHO");
        docs[0].Hints.Outlet.Should().Be("nna");
        // The corpus repeats one row (unit 1926479049) three times verbatim: identical rows share their id.
        docs.Select(d => d.Id).Distinct().Should().HaveCount(802);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
