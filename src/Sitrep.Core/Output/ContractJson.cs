using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Sitrep.Documents;

namespace Sitrep.Output;

/// <summary>
/// Writes documents and error records exactly as ../shared/CONTRACT.md (schema 1) specifies:
/// every field present, nulls and empty arrays where there is nothing to say, offsets in code points.
/// </summary>
public static class ContractJson
{
    public const int Schema = 1;

    /// <summary>Keeps non-ASCII text readable but still escapes HTML-significant characters
    /// (&lt; &gt; &amp; ' "), so scraped text is inert wherever the JSON is pasted.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static readonly JsonWriterOptions CompactOptions = new() { Encoder = Encoder, Indented = false, SkipValidation = false };
    public static readonly JsonWriterOptions IndentedOptions = new() { Encoder = Encoder, Indented = true };

    public static string Serialize(Document doc, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions)) Write(w, doc);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static string SerializeError(SourceInfo source, string reason, string? id = null)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, CompactOptions)) WriteError(w, source, reason, id);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteError(Utf8JsonWriter w, SourceInfo source, string reason, string? id = null)
    {
        w.WriteStartObject();
        w.WriteNumber("schema", Schema);
        if (id is not null) w.WriteString("id", id);
        WriteSource(w, source);
        w.WriteString("error", reason);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, Document d)
    {
        var cp = new CodePointIndex(d.Body);
        w.WriteStartObject();
        w.WriteNumber("schema", Schema);
        w.WriteString("id", d.Id);
        WriteSource(w, d.Source);
        w.WriteStartObject("outlet");
        w.WriteString("name", d.Outlet.Name);
        w.WriteString("domain", d.Outlet.Domain);
        w.WriteEndObject();
        w.WriteString("language", d.Language);
        w.WriteString("title", d.Title);
        w.WriteStartArray("authors");
        foreach (var a in d.Authors) w.WriteStringValue(a);
        w.WriteEndArray();
        if (d.Published is { } pub)
        {
            w.WriteStartObject("published");
            w.WriteString("date", pub.Date);
            w.WriteString("precision", pub.Precision);
            w.WriteString("evidence", pub.Evidence);
            w.WriteNumber("confidence", Math.Round(pub.Confidence, 3));
            w.WriteEndObject();
        }
        else w.WriteNull("published");
        w.WriteString("body", d.Body);

        w.WriteStartArray("comments");
        foreach (var c in d.Comments)
        {
            w.WriteStartObject();
            w.WriteString("author", c.Author);
            w.WriteString("date", c.Date);
            w.WriteString("text", c.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            WriteOffsets(w, cp, e.Span, "start", "end");
            w.WriteString("type", e.Type);
            w.WriteString("canonical", e.Canonical);
            w.WriteString("kb", e.Kb);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("places");
        foreach (var p in d.Places)
        {
            w.WriteStartObject();
            w.WriteString("text", p.Text);
            WriteOffsets(w, cp, p.Span, "start", "end");
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            w.WriteNumber("lat", Math.Round(p.Lat, 5));
            w.WriteNumber("lon", Math.Round(p.Lon, 5));
            if (p.GeonameId is { } gid) w.WriteNumber("geonameid", gid); else w.WriteNull("geonameid");
            w.WriteString("kind", p.Kind);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("attributions");
        foreach (var a in d.Attributions)
        {
            w.WriteStartObject();
            w.WriteString("kind", a.Kind);
            w.WriteString("content", a.ContentText ?? Slice(d.Body, a.Content));
            WriteOffsets(w, cp, a.Content, "content_start", "content_end");
            w.WriteString("cue", a.CueText ?? Slice(d.Body, a.Cue));
            WriteOffsets(w, cp, a.Cue, "cue_start", "cue_end");
            w.WriteString("source", a.SourceText ?? Slice(d.Body, a.Source));
            WriteOffsets(w, cp, a.Source, "source_start", "source_end");
            w.WriteString("source_canonical", a.SourceCanonical);
            w.WriteString("source_type", a.SourceType);
            w.WriteString("via", a.Via);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in d.Events) WriteEvent(w, d, cp, e);
        w.WriteEndArray();

        w.WriteStartArray("warnings");
        foreach (var warning in d.Warnings) w.WriteStringValue(warning);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Document d, CodePointIndex cp, Event e)
    {
        w.WriteStartObject();
        w.WriteString("type", e.Type);
        w.WriteString("category", e.Category);
        w.WriteString("sentence", Slice(d.Body, e.Sentence));
        WriteOffsets(w, cp, e.Sentence, "start", "end");
        if (e.Date is { } date)
        {
            w.WriteStartObject("date");
            w.WriteString("date", date.Date);
            w.WriteString("precision", date.Precision);
            w.WriteString("text", date.Text);
            w.WriteString("end", date.End);
            w.WriteString("warning", date.Warning);
            w.WriteEndObject();
        }
        else w.WriteNull("date");
        if (e.Place is { } place)
        {
            w.WriteStartObject("place");
            w.WriteString("name", place.Name);
            w.WriteNumber("lat", Math.Round(place.Lat, 5));
            w.WriteNumber("lon", Math.Round(place.Lon, 5));
            w.WriteString("country", place.Country);
            w.WriteEndObject();
        }
        else w.WriteNull("place");
        w.WriteStartArray("actors");
        foreach (var a in e.Actors) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var t in e.Targets) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteStartArray("quantities");
        foreach (var q in e.Quantities)
        {
            w.WriteStartObject();
            w.WriteNumber("value", q.Value);
            w.WriteString("approx", q.Approx);
            w.WriteString("unit", q.Unit);
            w.WriteString("kind", q.Kind);
            if (q.Max is { } max) w.WriteNumber("max", max); else w.WriteNull("max");
            w.WriteString("text", q.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("attributed_to", e.AttributedTo);
        w.WriteString("modality", e.Modality);
        w.WriteString("subtype", e.Subtype);
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, SourceInfo s)
    {
        w.WriteStartObject("source");
        w.WriteString("path", s.Path);
        w.WriteString("url", s.Url);
        w.WriteString("format", s.Format);
        w.WriteEndObject();
    }

    private static void WriteOffsets(Utf8JsonWriter w, CodePointIndex cp, TextSpan span, string startName, string endName)
    {
        w.WriteNumber(startName, cp.ToCodePoints(span.Start));
        w.WriteNumber(endName, cp.ToCodePoints(span.End));
    }

    private static string Slice(string body, TextSpan span) =>
        span.IsEmpty || span.End > body.Length ? "" : span.Of(body);
}
