using Sitrep.Documents;

namespace Sitrep.Link;

/// <summary>A stored story as the clusterer sees it: how many documents, and the dates they span.</summary>
public sealed record StoryState(long Id, int Size, string? First, string? Last);

/// <summary>What the story clusterer reads and writes of the store (implemented inside the writer's transaction).</summary>
public interface IStoryIndex
{
    /// <summary>Per feature, the most recent stories carrying it, with how many of their documents carry it.</summary>
    Dictionary<string, List<(long Story, int Count)>> StoriesWith(IReadOnlyList<string> features, int limit);
    StoryState? Story(long story);
    /// <summary>The story a stored document belongs to (null when none).</summary>
    long? StoryOf(string documentId);
    /// <summary>How many linked documents carry each feature (for its inverse document frequency).</summary>
    Dictionary<string, long> DocumentsWith(IReadOnlyList<string> features);
    long DocumentCount();
    long NewStory();
    void Add(long story, string documentId, string? date, IEnumerable<string> features);
    IReadOnlyList<string> TopFeatures(long story, string prefix, int n);
    /// <summary>Asks for the story's label to be rebuilt (<see cref="StoryLabel"/>); the store may do it once
    /// at the end of the batch rather than after every document that joined.</summary>
    void Relabel(long story);
}

/// <summary>
/// Online story clustering (single-pass, as in TDT first-story detection, Allan et al. 1998): each new
/// document joins the story whose documents best share its weighted features, among stories active
/// within <see cref="WindowDays"/> of its date, or starts a new story. Nothing already clustered is
/// recomputed, so ingest cost does not grow with the store. Features are weighted by inverse document
/// frequency, so "Syria" or "Russia", in every article of a Syria corpus, decide nothing.
/// </summary>
public sealed class StoryClusterer(IStoryIndex index)
{
    public const int WindowDays = 4;
    public const double MinSimilarity = 0.3;
    public const int StoriesPerFeature = 40;
    private const int MaxCandidates = 16;

    /// <summary>Assigns a document to a story. <paramref name="linkedDocuments"/> are stored documents it
    /// shares text with (duplicates, reused passages): a report that carries another's text is about the same
    /// happening, so their stories get a bonus that alone clears the threshold.</summary>
    public long Assign(Document d, IEnumerable<string>? linkedDocuments = null) => Assign(d, StoryFeatures.Of(d), linkedDocuments);

    /// <summary>Assigns a document whose features were computed beforehand (off the writer thread).</summary>
    public long Assign(Document d, Dictionary<string, double> features, IEnumerable<string>? linkedDocuments = null)
    {
        // A month-precise date still bounds the story (a "2017-10" page is not about September 9).
        string? date = d.Published is { Precision: "day" or "month" } p ? p.Date : null;
        long total = index.DocumentCount();
        var keys = features.Keys.ToList();
        var df = index.DocumentsWith(keys);
        var weights = features.ToDictionary(kv => kv.Key, kv => kv.Value * Idf(df.GetValueOrDefault(kv.Key), total));
        double norm = weights.Values.Sum();

        long best = -1;
        double bestScore = 0;
        if (norm > 0)
        {
            var overlap = new Dictionary<long, double>();
            foreach (var (feature, stories) in index.StoriesWith(keys, StoriesPerFeature))
                foreach (var (story, count) in stories)
                    overlap[story] = overlap.GetValueOrDefault(story) + weights[feature] * count;
            foreach (var linked in linkedDocuments ?? [])
                if (index.StoryOf(linked) is { } s)
                {
                    var state = index.Story(s);
                    if (state is not null) overlap[s] = overlap.GetValueOrDefault(s) + MinSimilarity * norm * state.Size;
                }
            // Only the stories with the most shared weight are worth a look-up of their size and dates.
            foreach (var (story, shared) in overlap.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(MaxCandidates))
            {
                var s = index.Story(story);
                if (s is null || !WithinWindow(s, date)) continue;
                double score = shared / s.Size / norm;
                if (score > bestScore || (score == bestScore && story > best)) (best, bestScore) = (story, score);
            }
        }
        if (bestScore < MinSimilarity) best = index.NewStory();
        index.Add(best, d.Id, d.Published is { Precision: "day" } ? date : null, features.Keys);
        // A story's top names settle as it grows: relabel while it is small, then at each doubling.
        int size = index.Story(best)?.Size ?? 1;
        if (size <= 8 || (size & (size - 1)) == 0) index.Relabel(best);
        return best;
    }

    private static double Idf(long withFeature, long total) => Math.Log((total + 2.0) / (withFeature + 1.0));

    private static bool WithinWindow(StoryState s, string? date)
    {
        if (date is null || s.First is null || s.Last is null) return true;
        if (!DateOnly.TryParse(s.First, out var first) || !DateOnly.TryParse(s.Last, out var last)) return true;
        DateOnly from, to;
        if (date.Length == 7 && DateOnly.TryParse(date + "-01", out var month)) (from, to) = (month, month.AddMonths(1).AddDays(-1));
        else if (DateOnly.TryParse(date, out var day)) (from, to) = (day, day);
        else return true;
        return to >= first.AddDays(-WindowDays) && from <= last.AddDays(WindowDays);
    }
}

/// <summary>A story's label: its two most shared names, its most shared place, and its dates.</summary>
public static class StoryLabel
{
    public static string Of(IStoryIndex index, long story)
    {
        var s = index.Story(story);
        var places = index.TopFeatures(story, "p:", 2).Select(Title).ToList();
        var names = index.TopFeatures(story, "e:", 4).Select(Title).Where(n => !places.Contains(n, StringComparer.OrdinalIgnoreCase)).Take(2).ToList();
        var parts = new List<string>();
        if (places.Count > 0) parts.Add(string.Join(", ", places));
        if (names.Count > 0) parts.Add(string.Join(", ", names));
        if (parts.Count == 0) parts.Add(string.Join(" ", index.TopFeatures(story, "t:", 3)));
        var dates = s?.First is null ? "" : s.First == s.Last ? $" ({s.First})" : $" ({s.First} to {s.Last})";
        return string.Join(" · ", parts) + dates;
    }

    /// <summary>A folded key written as a name: "bashar al-assad" → "Bashar al-Assad", "deir ez-zor" → "Deir ez-Zor". Every
    /// part between spaces and hyphens is capitalised, except an Arabic article before a hyphen inside the name (the demo
    /// showed "Bashar Al-assad").</summary>
    public static string Title(string key) =>
        string.Join(' ', key.Split(' ').Select((w, i) => string.Join('-', w.Split('-').Select((part, j) =>
            part.Length == 0 || i > 0 && j == 0 && ArabicArticles.Contains(part) && w.Contains('-') ? part : char.ToUpperInvariant(part[0]) + part[1..]))));

    private static readonly HashSet<string> ArabicArticles = ["al", "el", "ad", "ar", "as", "az", "ash", "at", "ez", "an", "ed", "es"];
}
