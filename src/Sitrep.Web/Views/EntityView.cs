using Sitrep.Store;
using Sitrep.Web.Model;

namespace Sitrep.Web.Views;

/// <summary>An actor's page: mentions over time, what they said, where they appear.</summary>
public sealed record EntityView(
    string Key, IReadOnlyList<string> Types, IReadOnlyList<MonthCount> Months, IReadOnlyList<DocumentSummary> Documents,
    IReadOnlyList<QuoteView> Said, IReadOnlyList<NamedCount> Places, IReadOnlyList<EventView> Events);

public sealed record PlaceView(
    string Name, string? Country, double? Lat, double? Lon, IReadOnlyList<MonthCount> Months, IReadOnlyList<DocumentSummary> Documents,
    IReadOnlyList<NamedCount> Entities, IReadOnlyList<EventView> Events);

public sealed record MonthCount(string Month, long Documents);

public sealed record NamedCount(string Name, int Documents);

/// <summary>An attribution with the document it was read from.</summary>
public sealed record QuoteView(string DocumentId, string? Title, string? Outlet, string? Published, string Speaker, string? SourceType, string? Kind, string? Cue, string? Content);

/// <summary>An event with its figures and the document it was read from.</summary>
public sealed record EventView(
    string DocumentId, string? Title, string? Outlet, string? Published, string Type, string? Category, string? Date, string? Place,
    double? Lat, double? Lon, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, IReadOnlyList<string> Figures, string? AttributedTo, string? Sentence)
{
    public static EventView From(ContractDocument d, ContractEvent e) => new(
        d.Id, d.Title, d.OutletLabel, d.Published?.Date, e.Type, e.Category, e.Date?.Date ?? d.Published?.Date, e.Place?.Name,
        e.Place?.Lat, e.Place?.Lon, e.Actors, e.Targets, e.Quantities.Select(q => q.ToString()).ToList(), e.AttributedTo, e.Sentence);

    /// <summary>When it happened, or failing that when it was reported (sorts the timeline).</summary>
    public string? When => Date ?? Published;
}

public sealed partial class WorkbenchData
{
    public EntityView Entity(string key)
    {
        var documents = store.Mentioning("entity", key, 100);
        var parsed = Documents(documents.Select(d => d.Id).Take(SampleSize).ToList());
        var spoke = Documents(store.Mentioning("speaker", key, 100).Select(d => d.Id).ToList());
        var said = spoke.SelectMany(d => d.Attributions.Where(a => SameName(a.Speaker, key) || SameName(a.Source, key)).Select(a => Quote(d, a)))
            .OrderByDescending(q => q.Published).ToList();
        var types = parsed.SelectMany(d => d.Entities).Where(e => SameName(e.Key, key) || SameName(e.Kb, key))
            .Select(e => e.Type ?? "OTHER").Distinct().ToList();
        var places = Count(parsed.Select(d => d.Places.Select(p => p.Name)));
        var events = parsed.SelectMany(d => d.Events.Where(e => e.Actors.Concat(e.Targets).Any(a => SameName(a, key)) || SameName(e.AttributedTo, key))
            .Select(e => EventView.From(d, e))).OrderByDescending(e => e.When).ToList();
        return new EntityView(key, types, Months(store.MentionMonths("entity", key)), documents, said, places, events);
    }

    public PlaceView Place(string name)
    {
        var documents = store.Mentioning("place", name, 100);
        var parsed = Documents(documents.Select(d => d.Id).ToList());
        var mention = parsed.SelectMany(d => d.Places).FirstOrDefault(p => SameName(p.Name, name) || SameName(p.Text, name));
        var entities = Count(parsed.Select(d => d.Entities.Select(e => e.Key)));
        var events = parsed.SelectMany(d => d.Events.Where(e => SameName(e.Place?.Name, name)).Select(e => EventView.From(d, e)))
            .OrderByDescending(e => e.When).ToList();
        return new PlaceView(mention?.Name ?? name, mention?.Country, mention?.Lat, mention?.Lon,
            Months(store.MentionMonths("place", name)), documents, entities, events);
    }

    internal static QuoteView Quote(ContractDocument d, ContractAttribution a) =>
        new(d.Id, d.Title, d.OutletLabel, d.Published?.Date, a.Speaker, a.SourceType, a.Kind, a.Cue, a.Content);

    internal static bool SameName(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>How many documents name each value (once per document), most first.</summary>
    internal static IReadOnlyList<NamedCount> Count(IEnumerable<IEnumerable<string>> perDocument, int top = 15) =>
        perDocument.SelectMany(names => names.Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Select(g => new NamedCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Documents).ThenBy(c => c.Name, StringComparer.Ordinal).Take(top).ToList();

    private static IReadOnlyList<MonthCount> Months(IReadOnlyList<(string Month, long Documents)> months) =>
        months.Select(m => new MonthCount(m.Month.Length == 0 ? "undated" : m.Month, m.Documents)).ToList();
}
