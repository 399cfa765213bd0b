using Sitrep.Store;
using Sitrep.Web.Model;

namespace Sitrep.Web.Views;

/// <summary>How each outlet framed the same story: headline, lead, whom it quoted, what it counted.</summary>
public sealed record StoryView(string Id, string Label, IReadOnlyList<OutletFraming> Outlets);

/// <summary>One outlet's telling. "Only" lists are what this outlet has and no other outlet in the story has.</summary>
public sealed record OutletFraming(
    string Outlet, IReadOnlyList<FramedDocument> Documents, IReadOnlyList<string> Speakers, IReadOnlyList<string> OnlySpeakers,
    IReadOnlyList<string> Entities, IReadOnlyList<string> OnlyEntities, IReadOnlyList<string> EventTypes, IReadOnlyList<string> Figures);

public sealed record FramedDocument(string Id, string? Title, string? Published, string Lead, IReadOnlyList<string> Warnings);

public sealed record StorySummary(string Id, string Label, int Documents);

public sealed partial class WorkbenchData
{
    public IReadOnlyList<StorySummary> Stories(int limit = 500) =>
        store.Stories().Take(limit).Select(s => new StorySummary(s.Id, s.Label, s.Documents.Count)).ToList();

    public StoryView? Story(string id)
    {
        var story = store.GetStory(id);
        if (story is null) return null;
        var docs = Documents(story.Documents.Take(MaxTrail).ToList());
        var byOutlet = docs.GroupBy(d => d.OutletLabel).OrderBy(g => g.Min(d => d.Published?.Date ?? "~"), StringComparer.Ordinal).ToList();

        var speakers = byOutlet.ToDictionary(g => g.Key, g => Distinct(g.SelectMany(d => d.Attributions.Select(a => a.Speaker))));
        var entities = byOutlet.ToDictionary(g => g.Key, g => Distinct(g.SelectMany(d => d.Entities.Select(e => e.Key))));
        IReadOnlyList<string> Only(Dictionary<string, List<string>> all, string outlet) =>
            all[outlet].Where(x => !all.Where(o => o.Key != outlet).Any(o => o.Value.Contains(x, StringComparer.OrdinalIgnoreCase))).ToList();

        var outlets = byOutlet.Select(g => new OutletFraming(
            g.Key,
            Chronological(g).Select(d => new FramedDocument(d.Id, d.Title, d.Published?.Date, Lead(d.Body), d.Warnings)).ToList(),
            speakers[g.Key], Only(speakers, g.Key), entities[g.Key].Take(15).ToList(), Only(entities, g.Key),
            Distinct(g.SelectMany(d => d.Events.Select(e => e.Type))),
            Distinct(g.SelectMany(d => d.Events.SelectMany(e => e.Quantities.Select(q => q.ToString())))))).ToList();
        return new StoryView(story.Id, story.Label, outlets);
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();

    /// <summary>The first paragraph, cut at 400 characters: what a reader of this outlet saw first.</summary>
    private static string Lead(string body)
    {
        var first = body.Split("\n\n", 2)[0].Trim();
        return first.Length <= 400 ? first : first[..400].TrimEnd() + "…";
    }
}
