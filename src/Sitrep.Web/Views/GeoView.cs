using Sitrep.Store;

namespace Sitrep.Web.Views;

/// <summary>What the map draws: places (sized by how many documents name them) and located events.</summary>
public sealed record GeoView(int Sampled, IReadOnlyList<GeoPlace> Places, IReadOnlyList<EventView> Events);

public sealed record GeoPlace(string Name, string? Country, double Lat, double Lon, int Documents);

/// <summary>The timeline: documents per month over the whole store, and the dated events of the sample.</summary>
public sealed record TimelineView(int Sampled, IReadOnlyList<MonthCount> Months, IReadOnlyList<EventView> Events);

public sealed partial class WorkbenchData
{
    public GeoView Geo(SearchQuery query)
    {
        var sample = Sample(query);
        var places = sample
            .SelectMany(d => d.Places.Where(p => p.Lat != 0 || p.Lon != 0).DistinctBy(p => p.Name).Select(p => (Doc: d.Id, Place: p)))
            .GroupBy(x => x.Place.Name)
            .Select(g => new GeoPlace(g.Key, g.First().Place.Country, g.First().Place.Lat, g.First().Place.Lon, g.Count()))
            .OrderByDescending(p => p.Documents).ThenBy(p => p.Name, StringComparer.Ordinal).Take(500).ToList();
        var events = sample.SelectMany(d => d.Events.Where(e => e.Place is { } p && (p.Lat != 0 || p.Lon != 0)).Select(e => EventView.From(d, e)))
            .Take(1000).ToList();
        return new GeoView(sample.Count, places, events);
    }

    public TimelineView Timeline(SearchQuery query)
    {
        var sample = Sample(query);
        var events = sample.SelectMany(d => d.Events.Select(e => EventView.From(d, e)))
            .Where(e => e.When is not null)
            .OrderBy(e => e.When, StringComparer.Ordinal).ThenBy(e => e.DocumentId, StringComparer.Ordinal).ToList();
        var months = store.DocumentMonths().Select(m => new MonthCount(m.Month, m.Documents)).ToList();
        return new TimelineView(sample.Count, months, events);
    }

    public IReadOnlyList<QuoteView> Attributions(SearchQuery query, string? speaker)
    {
        var sample = speaker is null ? Sample(query) : Documents(store.Mentioning("speaker", speaker, SampleSize).Select(d => d.Id).ToList());
        return sample.SelectMany(d => d.Attributions.Where(a => speaker is null || SameName(a.Speaker, speaker) || SameName(a.Source, speaker))
            .Select(a => Quote(d, a))).ToList();
    }

    public IReadOnlyList<EventView> Events(SearchQuery query) =>
        Sample(query).SelectMany(d => d.Events.Where(e => query.EventType is null || SameName(e.Type, query.EventType)).Select(e => EventView.From(d, e))).ToList();
}
