using System.Text.Json;

namespace Sitrep.Analyse.Events.Export;

/// <summary>
/// Writes event rows as a GeoJSON FeatureCollection (RFC 7946): one Feature per event, a Point geometry with
/// [longitude, latitude] (section 3.1.1: longitude first) when the event has a place, else a null geometry
/// (section 3.2: an unlocated feature), and the row's columns as properties.
/// </summary>
public static class GeoJsonEventWriter
{
    public static void Write(Stream stream, IEnumerable<EventRow> rows)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Sitrep.Output.ContractJson.Encoder, Indented = false });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var row in rows)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", row.EventId);
            if (row.Latitude is { } lat && row.Longitude is { } lon && double.IsFinite(lat) && double.IsFinite(lon))
            {
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(Math.Round(lon, 5));
                w.WriteNumberValue(Math.Round(lat, 5));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else w.WriteNull("geometry");
            w.WriteStartObject("properties");
            var cells = row.Cells();
            for (var i = 0; i < cells.Length; i++)
            {
                var (text, isNumber) = cells[i];
                if (text.Length == 0) w.WriteNull(EventRow.Columns[i]);
                else if (isNumber) w.WriteNumber(EventRow.Columns[i], double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
                else w.WriteString(EventRow.Columns[i], text);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }
}
