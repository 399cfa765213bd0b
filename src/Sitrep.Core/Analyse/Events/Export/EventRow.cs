using System.Globalization;
using System.Text.Json;

namespace Sitrep.Analyse.Events.Export;

/// <summary>
/// One event as an ACLED-like table row, read from a stored document's contract JSON. Columns follow the ACLED
/// codebook where they exist (event_id_cnty, event_date, time_precision 1 day / 2 week or month / 3 year, event_type,
/// sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, country, location, latitude, longitude, source, notes,
/// fatalities) and add what Sitrep knows beyond them (category, modality, attributed_to, document).
/// </summary>
public sealed record EventRow(
    string EventId, string? EventDate, int? TimePrecision, string EventType, string SubEventType, string Category,
    string? Actor1, string? AssocActor1, string? Actor2, string? AssocActor2,
    string? Country, string? Location, double? Latitude, double? Longitude,
    string? Source, string Notes, double? Fatalities, string? AttributedTo, string Modality, string Document)
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "category",
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "location", "latitude", "longitude",
        "source", "notes", "fatalities", "attributed_to", "modality", "document",
    ];

    /// <summary>The cells in <see cref="Columns"/> order; numbers are formatted invariantly, null cells are empty.</summary>
    public (string Text, bool IsNumber)[] Cells() =>
    [
        (EventId, false), (EventDate ?? "", false), (Num(TimePrecision), true), (EventType, false), (SubEventType, false), (Category, false),
        (Actor1 ?? "", false), (AssocActor1 ?? "", false), (Actor2 ?? "", false), (AssocActor2 ?? "", false),
        (Country ?? "", false), (Location ?? "", false), (Num(Latitude), true), (Num(Longitude), true),
        (Source ?? "", false), (Notes, false), (Num(Fatalities), true), (AttributedTo ?? "", false), (Modality, false), (Document, false),
    ];

    private static string Num(double? v) => v is { } d ? d.ToString("0.#####", CultureInfo.InvariantCulture) : "";
    private static string Num(int? v) => v is { } i ? i.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>The rows of one stored document (contract JSON). A document without events gives none.</summary>
    public static IEnumerable<EventRow> FromContractJson(string json, EventTypeTable types)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var id = Str(root, "id") ?? "";
        var outlet = root.TryGetProperty("outlet", out var o) && o.ValueKind == JsonValueKind.Object ? Str(o, "name") ?? Str(o, "domain") : null;
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array) yield break;
        var n = 0;
        var rows = new List<EventRow>();
        foreach (var e in events.EnumerateArray())
        {
            n++;
            var type = Str(e, "type") ?? "OTHER";
            var actors = Strings(e, "actors");
            var targets = Strings(e, "targets");
            var place = e.TryGetProperty("place", out var p) && p.ValueKind == JsonValueKind.Object ? p : (JsonElement?)null;
            var date = e.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
            var country = place is { } pl ? Str(pl, "country") : null;
            rows.Add(new EventRow(
                $"{country ?? "XX"}-{(id.Length > 12 ? id[..12] : id)}-{n}",
                date is { } dt ? Str(dt, "date") : null,
                date is { } dp ? Precision(Str(dp, "precision")) : null,
                types.Contains(type) ? types[type].AcledEventType : "Strategic developments", type, Str(e, "category") ?? "",
                actors.FirstOrDefault(), actors.Count > 1 ? string.Join("; ", actors.Skip(1)) : null,
                targets.FirstOrDefault(), targets.Count > 1 ? string.Join("; ", targets.Skip(1)) : null,
                country, place is { } pn ? Str(pn, "name") : null,
                place is { } la ? Num(la, "lat") : null, place is { } lo ? Num(lo, "lon") : null,
                outlet, Str(e, "sentence") ?? "", FatalitiesOf(e), Str(e, "attributed_to"), Str(e, "modality") ?? "asserted", id));
        }
        foreach (var r in rows) yield return r;
    }

    /// <summary>ACLED time_precision: 1 the day is known, 2 the week or month, 3 only the year.</summary>
    private static int? Precision(string? p) => p switch { "day" => 1, "week" or "month" => 2, "year" => 3, _ => null };

    /// <summary>Fatalities: the killed figures of the event, summed; a figure "including" others is part of them, not more.</summary>
    private static double? FatalitiesOf(JsonElement e)
    {
        if (!e.TryGetProperty("quantities", out var qs) || qs.ValueKind != JsonValueKind.Array) return null;
        double? total = null;
        foreach (var q in qs.EnumerateArray())
        {
            if (Str(q, "kind") != "killed" || Num(q, "value") is not { } v) continue;
            if ((Str(q, "text") ?? "").StartsWith("including", StringComparison.Ordinal)) continue;
            total = (total ?? 0) + v;
        }
        return total;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList() : [];
}
