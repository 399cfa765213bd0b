using System.Text;
using Sitrep.Documents;
using Sitrep.Read.Decoding;
using static Sitrep.Tests.Read.ReadHelpers;

namespace Sitrep.Tests.Read;

/// <summary>Undeclared legacy and UTF-16 inputs, read end to end: format detection, reading, decoding.</summary>
public class EncodingTests
{
    private const string Russian = "Министерство обороны России сообщило, что самолёты нанесли удары по позициям боевиков под Пальмирой. Погибли 80 террористов.";
    private const string Western = "Le ministère a déclaré que les frappes près de Palmyre ont touché « des positions terroristes ». Señor Müller, naïve café — “quoted”.";
    private const string English = "The Russian Defence Ministry said its jets struck positions near Palmyra, killing 80 militants.";

    private static DecodedPage DecodeSingle(byte[] bytes, string name = "page.txt")
    {
        var items = ReadInput(bytes, name);
        items.Errors().Should().BeEmpty();
        return PageDecoder.Decode(items.Documents().Single());
    }

    [Fact]
    public void Undeclared_cp1251_text_is_decoded_as_cp1251()
    {
        var page = DecodeSingle(CodePage(1251).GetBytes(Russian));
        page.Content.Should().Be(Russian);
        page.EncodingName.Should().Be("windows-1251");
    }

    [Fact]
    public void Undeclared_windows_1252_text_is_decoded_as_windows_1252()
    {
        var page = DecodeSingle(CodePage(1252).GetBytes(Western));
        page.Content.Should().Be(Western);
        page.EncodingName.Should().Be("windows-1252");
    }

    [Fact]
    public void Undeclared_latin1_text_is_decoded()
    {
        const string latin1 = "Der Außenminister äußerte sich in Genf über die Lage in Aleppo. Les négociations reprendront à Genève.";
        DecodeSingle(Encoding.Latin1.GetBytes(latin1)).Content.Should().Be(latin1);
    }

    [Fact]
    public void A_short_uppercase_cp1251_headline_is_still_cyrillic()
    {
        const string headline = "СИРИЯ: АРМИЯ ВЗЯЛА ПАЛЬМИРУ";
        DecodeSingle(CodePage(1251).GetBytes(headline)).Content.Should().Be(headline);
    }

    [Theory]
    [InlineData(English, false)]
    [InlineData(English, true)]
    [InlineData(Russian, false)]
    [InlineData(Russian, true)]
    public void Utf16_without_bom_is_detected_and_decoded(string text, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        var page = DecodeSingle(encoding.GetBytes(text + "\n" + text));
        page.Content.Should().Be(text + "\n" + text);
        page.EncodingName.Should().Be(bigEndian ? "utf-16BE" : "utf-16");
    }

    [Fact]
    public void Utf16_html_without_bom_is_detected_as_html()
    {
        var html = "<html><head><title>Пальмира</title></head><body><p>" + Russian + "</p></body></html>";
        var items = ReadInput(new UnicodeEncoding(false, false).GetBytes(html), null);

        var doc = items.Documents().Single();
        doc.Kind.Should().Be(PayloadKind.Html);
        PageDecoder.Decode(doc).Content.Should().Be(html);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")]
    [InlineData("<META CHARSET=cp1251>")]
    public void A_meta_charset_is_honoured(string meta)
    {
        var html = $"<!doctype html><html><head>{meta}<title>t</title></head><body><p>{Russian}</p></body></html>";
        var page = DecodeSingle(CodePage(1251).GetBytes(html), "page.html");
        page.Content.Should().Be(html);
        page.EncodingName.Should().Be("windows-1251");
    }

    [Fact]
    public void A_transport_charset_wins_over_meta()
    {
        var html = $"<html><head><meta charset=\"utf-8\"></head><body><p>{Russian}</p></body></html>";
        var raw = new RawDocument
        {
            Source = new SourceInfo(null, null, "warc"), Kind = PayloadKind.Html, Id = "x",
            Bytes = CodePage(1251).GetBytes(html), DeclaredCharset = "windows-1251",
        };
        PageDecoder.Decode(raw).Content.Should().Be(html);
    }

    [Fact]
    public void A_utf8_page_mislabelled_as_cp1251_is_read_as_utf8()
    {
        // Valid multi-byte UTF-8 is almost never an accident; the label is the mistake (common on re-hosted pages).
        var html = $"<html><head><meta charset=\"windows-1251\"></head><body><p>{Russian}</p></body></html>";
        var page = DecodeSingle(Encoding.UTF8.GetBytes(html), "page.html");
        page.Content.Should().Be(html);
    }

    [Fact]
    public void A_utf8_bom_is_removed()
    {
        DecodeSingle([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(English)]).Content.Should().Be(English);
    }
}
