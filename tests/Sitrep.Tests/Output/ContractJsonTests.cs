using Sitrep.Documents;
using Sitrep.Output;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Output;

public class ContractJsonTests
{
    private static Document Annotated()
    {
        var body = "😀 Lavrov said in Belgrade that \"the talks failed\".";
        int lavrov = body.IndexOf("Lavrov"), belgrade = body.IndexOf("Belgrade"), quote = body.IndexOf("the talks");
        return new Document
        {
            Id = "0123456789abcdef",
            Source = new SourceInfo("a.txt", null, Formats.Text),
            Body = body,
            Title = "T",
            Outlet = new Outlet("The Duran", "theduran.com"),
            Published = new PublishedDate("2016-12-16", "day", "meta", 0.9),
            Comments = [new Comment("Brad", null, "first!")],
            Entities = [new EntityMention(new TextSpan(lavrov, lavrov + 6), "Lavrov", "PERSON", "Sergey Lavrov", "Q1")],
            Places = [new PlaceMention(new TextSpan(belgrade, belgrade + 8), "Belgrade", "Belgrade", "RS", 44.8, 20.46, 792680, "city")],
            Attributions = [new Attribution("indirect", new TextSpan(quote, quote + 16), new TextSpan(lavrov + 7, lavrov + 11), new TextSpan(lavrov, lavrov + 6), "Sergey Lavrov", "person")],
            Events = [new Event("STATEMENT", "CONSULT", new TextSpan(0, body.Length), new EventDate("2016-12-16", "day"),
                new EventPlace("Belgrade", 44.8, 20.46, "RS"), ["Sergey Lavrov"], [], [new Quantity(80, "more than", "terrorists", "killed")], "Sergey Lavrov")],
        };
    }

    [Fact]
    public void A_fully_annotated_document_is_contract_valid_with_code_point_offsets()
    {
        var json = ContractJson.Serialize(Annotated());
        ContractValidator.Validate(json).Should().BeEmpty();
        json.Should().Contain("\"start\":2,");   // "Lavrov" is at UTF-16 index 3 but code point 2: "😀" counts once
    }

    [Fact]
    public void An_empty_document_has_every_field_with_null_or_empty_values()
    {
        var doc = new Document { Id = "ab", Source = new SourceInfo(null, null, Formats.Html), Body = "" };
        var json = ContractJson.Serialize(doc);
        ContractValidator.Validate(json).Should().BeEmpty();
        foreach (var field in new[] { "\"title\":null", "\"published\":null", "\"comments\":[]", "\"events\":[]", "\"warnings\":[]", "\"language\":null" })
            json.Should().Contain(field);
    }

    [Fact]
    public void Error_records_name_the_input_and_the_reason()
    {
        var json = ContractJson.SerializeError(new SourceInfo("x.bin", null, "unknown", "record 3"), "not a text document: a PNG image");
        ContractValidator.Validate(json).Should().BeEmpty();
        json.Should().Contain("\"path\":\"x.bin\"").And.Contain("PNG");
    }

    [Fact]
    public void Hostile_markup_in_scraped_text_is_escaped_in_the_json()
    {
        var doc = new Document { Id = "ab", Source = new SourceInfo(null, null, Formats.Html), Body = "<script>alert(1)</script><img src=x onerror=alert(2)>", Title = "</title><script>" };
        var json = ContractJson.Serialize(doc);
        json.Should().NotContain("<script>").And.NotContain("<img").And.Contain("\\u003Cscript\\u003E");
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("body").GetString().Should().Be(doc.Body);
    }

    [Fact]
    public void The_validator_catches_a_span_that_does_not_slice_the_body()
    {
        var doc = Annotated();
        var broken = doc with { Entities = [doc.Entities[0] with { Span = new TextSpan(0, 6) }] };
        ContractValidator.Validate(ContractJson.Serialize(broken)).Should().ContainSingle(e => e.Contains("is not body"));
    }
}
