using Sitrep.Tests.Places;
using System.Text.Json;
using Sitrep.Analyse.Events;
using Sitrep.Analyse.Events.Export;
using Sitrep.Output;

namespace Sitrep.Tests.Events;

public class EventExportTests
{
    private static List<EventRow> Rows()
    {
        var doc = EventTestDocs.Analyse(
            "=HYPERLINK(\"http://x\") Rebels shelled the town of Kilis on Monday, killing \"six\" people, officials said.\n\n" +
            "Russian warplanes bombed Aleppo on Tuesday.", EventTestDocs.Day("2016-10-05")) with { Outlet = new Sitrep.Documents.Outlet("Anadolu", "aa.com.tr") };
        return EventRow.FromContractJson(ContractJson.Serialize(doc), EventTypeTable.Default).ToList();
    }

    [GazetteerFact]
    public void Rows_carry_ACLED_like_columns()
    {
        var rows = Rows();
        rows.Should().HaveCountGreaterThanOrEqualTo(2);
        var shelling = rows.Single(r => r.SubEventType == "ART_MISS_ATTACK");
        (shelling.EventType, shelling.EventDate, shelling.TimePrecision, shelling.Source, shelling.Fatalities).Should().Be(("Explosions/Remote violence", "2016-10-03", 1, "Anadolu", 6));
        shelling.Country.Should().Be("TR");
        shelling.Latitude.Should().NotBeNull();
    }

    [Fact]
    public void Csv_is_RFC_4180_and_formula_safe()
    {
        CsvEventWriter.Escape("a,b").Should().Be("\"a,b\"");
        CsvEventWriter.Escape("say \"hi\"").Should().Be("\"say \"\"hi\"\"\"");
        CsvEventWriter.Escape("line\nbreak").Should().Be("\"line\nbreak\"");
        CsvEventWriter.Escape("=1+1").Should().Be("'=1+1");
        CsvEventWriter.Escape("@SUM(A1)").Should().Be("'@SUM(A1)");
        CsvEventWriter.Escape("-12.5", isNumber: true).Should().Be("-12.5");
        var w = new StringWriter();
        CsvEventWriter.Write(w, Rows());
        var text = w.ToString();
        text.Should().StartWith("event_id_cnty,event_date,time_precision,event_type,sub_event_type");
        text.Should().Contain("\r\n").And.Contain("\"'=HYPERLINK(\"\"http://x\"\")");
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(Rows().Count + 1);
    }

    [Fact]
    public void GeoJson_is_a_feature_collection_with_longitude_first()
    {
        var stream = new MemoryStream();
        GeoJsonEventWriter.Write(stream, Rows());
        using var json = JsonDocument.Parse(stream.ToArray());
        json.RootElement.GetProperty("type").GetString().Should().Be("FeatureCollection");
        var feature = json.RootElement.GetProperty("features").EnumerateArray().First(f => f.GetProperty("properties").GetProperty("sub_event_type").GetString() == "ART_MISS_ATTACK");
        feature.GetProperty("type").GetString().Should().Be("Feature");
        var coords = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        coords[0].Should().BeApproximately(37.1, 0.5, "Kilis lies at 37.1 E");
        coords[1].Should().BeApproximately(36.7, 0.5);
    }
}
