using System.Text.Json;

namespace Sitrep.Tests.Support;

/// <summary>
/// Checks a JSON object against ../shared/CONTRACT.md schema 1: every field present with the right type
/// (null or [] where there is nothing to say, never missing), offsets in code points that slice body to the
/// span's text, enumerations within their allowed values. Returns the list of violations (empty when valid).
/// </summary>
public static class ContractValidator
{
    private static readonly string[] Formats = ["text", "html", "warc", "jsonl", "csv", "rss", "atom"];
    private static readonly string[] EntityTypes = ["PERSON", "ORG", "GROUP", "GPE", "LOC", "FAC", "EVENT", "OTHER"];
    private static readonly string[] PlaceKinds = ["city", "admin", "country", "region", "feature"];
    private static readonly string[] AttributionKinds = ["direct", "indirect", "mixed", "according_to"];
    private static readonly string[] SourceTypes = ["person", "organization", "government", "media", "anonymous", "unknown"];
    private static readonly string[] QuantityKinds = ["killed", "wounded", "destroyed", "captured", "displaced", "participants", "percentage", "money", "other"];
    private static readonly string[] Precisions = ["day", "month", "year"];

    public static List<string> Validate(string jsonLine)
    {
        var errors = new List<string>();
        using var doc = JsonDocument.Parse(jsonLine);
        var o = doc.RootElement;
        if (o.ValueKind != JsonValueKind.Object) return ["not an object"];
        Require(o, "schema", JsonValueKind.Number, errors);
        if (o.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.Number && schema.GetInt32() != 1) errors.Add("schema is not 1");
        Source(o, errors);
        if (o.TryGetProperty("error", out var error))
        {
            if (error.ValueKind != JsonValueKind.String || error.GetString()!.Length < 5) errors.Add("error must be a clear reason string");
            return errors;
        }
        Require(o, "id", JsonValueKind.String, errors);
        var outlet = Require(o, "outlet", JsonValueKind.Object, errors);
        if (outlet is { } ol) { StringOrNull(ol, "name", errors); StringOrNull(ol, "domain", errors); }
        StringOrNull(o, "language", errors);
        StringOrNull(o, "title", errors);
        Array(o, "authors", errors, a => { if (a.ValueKind != JsonValueKind.String) errors.Add("authors[] must be strings"); });
        if (Present(o, "published", errors) is { ValueKind: JsonValueKind.Object } pub)
        {
            Require(pub, "date", JsonValueKind.String, errors);
            OneOf(pub, "precision", Precisions, errors);
            StringOrNull(pub, "evidence", errors);
            Require(pub, "confidence", JsonValueKind.Number, errors);
        }
        else if (o.TryGetProperty("published", out var p) && p.ValueKind != JsonValueKind.Null) errors.Add("published must be an object or null");
        var body = Require(o, "body", JsonValueKind.String, errors)?.GetString() ?? "";
        var cps = body.EnumerateRunes().Select(r => r.ToString()).ToArray();
        string Slice(int s, int e) => s < 0 || e > cps.Length || s > e ? "\u0000out of range" : string.Concat(cps[s..e]);

        Array(o, "comments", errors, c => { StringOrNull(c, "author", errors); StringOrNull(c, "date", errors); Require(c, "text", JsonValueKind.String, errors); });
        Array(o, "entities", errors, e =>
        {
            SpanMatches(e, "text", "start", "end", Slice, errors);
            OneOf(e, "type", EntityTypes, errors);
            StringOrNull(e, "canonical", errors);
            StringOrNull(e, "kb", errors);
        });
        Array(o, "places", errors, pl =>
        {
            SpanMatches(pl, "text", "start", "end", Slice, errors);
            Require(pl, "name", JsonValueKind.String, errors);
            StringOrNull(pl, "country", errors);
            Require(pl, "lat", JsonValueKind.Number, errors);
            Require(pl, "lon", JsonValueKind.Number, errors);
            if (Present(pl, "geonameid", errors) is { } g && g.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null)) errors.Add("geonameid must be a number or null");
            OneOf(pl, "kind", PlaceKinds, errors);
        });
        Array(o, "attributions", errors, a =>
        {
            OneOf(a, "kind", AttributionKinds, errors);
            SpanMatches(a, "content", "content_start", "content_end", Slice, errors);
            SpanMatches(a, "cue", "cue_start", "cue_end", Slice, errors);
            SpanMatches(a, "source", "source_start", "source_end", Slice, errors);
            StringOrNull(a, "source_canonical", errors);
            OneOf(a, "source_type", SourceTypes, errors);
        });
        Array(o, "events", errors, ev =>
        {
            Require(ev, "type", JsonValueKind.String, errors);
            Require(ev, "category", JsonValueKind.String, errors);
            SpanMatches(ev, "sentence", "start", "end", Slice, errors);
            if (Present(ev, "date", errors) is { ValueKind: JsonValueKind.Object } d) { Require(d, "date", JsonValueKind.String, errors); OneOf(d, "precision", Precisions, errors); }
            if (Present(ev, "place", errors) is { ValueKind: JsonValueKind.Object } pl) { Require(pl, "name", JsonValueKind.String, errors); Require(pl, "lat", JsonValueKind.Number, errors); Require(pl, "lon", JsonValueKind.Number, errors); StringOrNull(pl, "country", errors); }
            Array(ev, "actors", errors, _ => { });
            Array(ev, "targets", errors, _ => { });
            Array(ev, "quantities", errors, q => { Require(q, "value", JsonValueKind.Number, errors); StringOrNull(q, "approx", errors); StringOrNull(q, "unit", errors); OneOf(q, "kind", QuantityKinds, errors); });
            StringOrNull(ev, "attributed_to", errors);
        });
        Array(o, "warnings", errors, w => { if (w.ValueKind != JsonValueKind.String) errors.Add("warnings[] must be strings"); });
        return errors;
    }

    private static void Source(JsonElement o, List<string> errors)
    {
        if (Require(o, "source", JsonValueKind.Object, errors) is not { } s) return;
        StringOrNull(s, "path", errors);
        StringOrNull(s, "url", errors);
        if (o.TryGetProperty("error", out _) && s.TryGetProperty("format", out var f) && f.GetString() == "unknown") return;
        OneOf(s, "format", Formats, errors);
    }

    private static void SpanMatches(JsonElement e, string textField, string startField, string endField, Func<int, int, string> slice, List<string> errors)
    {
        var text = Require(e, textField, JsonValueKind.String, errors)?.GetString();
        var start = Require(e, startField, JsonValueKind.Number, errors)?.GetInt32();
        var end = Require(e, endField, JsonValueKind.Number, errors)?.GetInt32();
        if (text is null || start is null || end is null) return;
        if (start == 0 && end == 0 && text.Length == 0) return;
        var actual = slice(start.Value, end.Value);
        if (actual != text) errors.Add($"{textField} '{Short(text)}' is not body[{start}:{end}] = '{Short(actual)}'");
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static JsonElement? Present(JsonElement o, string name, List<string> errors)
    {
        if (o.TryGetProperty(name, out var v)) return v;
        errors.Add($"missing field {name}");
        return null;
    }

    private static JsonElement? Require(JsonElement o, string name, JsonValueKind kind, List<string> errors)
    {
        if (Present(o, name, errors) is not { } v) return null;
        if (v.ValueKind != kind) { errors.Add($"{name} must be {kind}, is {v.ValueKind}"); return null; }
        return v;
    }

    private static void StringOrNull(JsonElement o, string name, List<string> errors)
    {
        if (Present(o, name, errors) is { } v && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            errors.Add($"{name} must be a string or null, is {v.ValueKind}");
    }

    private static void OneOf(JsonElement o, string name, string[] allowed, List<string> errors)
    {
        if (Require(o, name, JsonValueKind.String, errors) is { } v && !allowed.Contains(v.GetString()))
            errors.Add($"{name} '{v.GetString()}' is not one of {string.Join('|', allowed)}");
    }

    private static void Array(JsonElement o, string name, List<string> errors, Action<JsonElement> each)
    {
        if (Require(o, name, JsonValueKind.Array, errors) is not { } a) return;
        foreach (var item in a.EnumerateArray()) each(item);
    }
}
