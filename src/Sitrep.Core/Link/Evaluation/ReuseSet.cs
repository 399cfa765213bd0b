using Sitrep.Documents;

namespace Sitrep.Link.Evaluation;

/// <summary>A gold duplicate pair (original, copy) and a gold reused passage (donor span → host span; UTF-16).</summary>
public sealed record GoldDuplicate(string Original, string Copy);
public sealed record GoldPassage(string Donor, TextSpan DonorSpan, string Host, TextSpan HostSpan);

/// <summary>
/// A duplicate and reuse test set generated from real articles with a seeded generator, never tuned on:
/// syndicated copies (new chrome above and below, the tail trimmed, paragraphs reordered, light word edits,
/// published a day later) and passages of 40-120 words cut from one article and pasted, sometimes lightly
/// edited, into another, plus untouched articles as distractors. Roles never overlap, so the gold is complete.
/// </summary>
public sealed class ReuseSet
{
    public List<Document> Documents { get; } = [];
    public List<GoldDuplicate> Duplicates { get; } = [];
    public List<GoldPassage> Passages { get; } = [];
    /// <summary>The source articles each document was made from (a copy: its original's; a host: its own and the donor's).</summary>
    public Dictionary<string, int[]> SourcesOf { get; } = [];
    /// <summary>The source articles used, by index.</summary>
    public Dictionary<int, string> Sources { get; } = [];
    public string Description { get; private set; } = "";

    public static ReuseSet Build(IReadOnlyList<string> articles, int seed = 20261123, int duplicates = 200, int passages = 150, int distractors = 300)
    {
        var rng = new Random(seed);
        var pool = articles.OrderBy(_ => rng.Next()).ToList();
        int need = duplicates + 2 * passages + distractors;
        if (pool.Count < need) (duplicates, passages, distractors) = (pool.Count / 4, pool.Count / 4, pool.Count / 4);
        var set = new ReuseSet();
        int next = 0;
        var day = new DateOnly(2017, 1, 1);
        for (int i = 0; i < duplicates; i++)
        {
            var date = day.AddDays(rng.Next(0, 700));
            int src = next++;
            var original = set.Add(pool[src], date, "origin.example", src);
            var copy = set.Add(Syndicate(original.Body, rng, pool), date.AddDays(1), "copy.example", src);
            set.Duplicates.Add(new GoldDuplicate(original.Id, copy.Id));
        }
        for (int i = 0; i < passages; i++)
        {
            var date = day.AddDays(rng.Next(0, 700));
            int donorSource = next++;
            var donor = set.Add(Paragraphs.Join(Paragraphs.Of(pool[donorSource])), date, "donor.example", donorSource);
            var (passage, donorSpan) = Paragraphs.Passage(donor.Body, rng, 40, 120);
            if (rng.NextDouble() < 0.5) passage = Edits.Light(passage, rng, 0.03);
            int hostSource = next++;
            var (hostBody, hostSpan) = Paragraphs.Insert(Paragraphs.Join(Paragraphs.Of(pool[hostSource])), passage, rng);
            var host = set.Add(hostBody, date.AddDays(2), "host.example", hostSource, donorSource);
            set.Passages.Add(new GoldPassage(donor.Id, donorSpan, host.Id, hostSpan));
        }
        for (int i = 0; i < distractors && next < pool.Count; i++)
        {
            int src = next++;
            set.Add(Paragraphs.Join(Paragraphs.Of(pool[src])), day.AddDays(rng.Next(0, 700)), "other.example", src);
        }
        foreach (var i in set.SourcesOf.Values.SelectMany(x => x).Distinct()) set.Sources[i] = pool[i];
        // Arrival order is shuffled: a copy may be stored before its original (direction then comes from dates).
        var shuffled = set.Documents.OrderBy(_ => rng.Next()).ToList();
        set.Documents.Clear();
        set.Documents.AddRange(shuffled);
        set.Description = $"{articles.Count} source articles (≥ {SourceArticles.MinWords} words), seed {seed}: {duplicates} originals + 1 syndicated copy each " +
            "(new chrome above and below, last 0-25% of paragraphs trimmed, two paragraphs swapped in half of them, 3% of words edited, dated a day later); " +
            $"{passages} passages of 40-120 words from a donor article pasted into a host article at a paragraph break (half of them with 3% of words edited); " +
            $"{distractors} untouched articles; {set.Documents.Count} documents in all, ingested in shuffled order";
        return set;
    }

    private Document Add(string body, DateOnly date, string outlet, params int[] sources)
    {
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)))[..16];
        var d = new Document
        {
            Id = id,
            Source = new SourceInfo(null, $"https://{outlet}/{id}", "text"),
            Body = body,
            Outlet = new Outlet(outlet, outlet),
            Published = new PublishedDate(date.ToString("yyyy-MM-dd"), "day", "generated", 1.0),
        };
        Documents.Add(d);
        SourcesOf[id] = sources;
        return d;
    }

    // Chrome lines are short, as on real pages; each copy draws its own few, plus a "Read more" teaser
    // naming another article, so copies do not share a long fixed block with each other.
    private static readonly string[] HeadLines =
    [
        "WORLD | MIDDLE EAST | SYRIA", "Home » News » International", "BREAKING", "Share this article: Facebook Twitter WhatsApp Email",
        "By Staff Writer, with agencies", "Follow us on Telegram", "Reading time: 4 minutes", "Updated {0}", "Published {0}",
    ];

    private static readonly string[] FootLines =
    [
        "Subscribe to our newsletter.", "Support independent journalism. Donate today.", "Comments are closed.",
        "© {1} All rights reserved.", "Tags: Syria, Russia, conflict", "Read more: {2}", "Related: {2}", "Most read: {2}",
    ];

    /// <summary>A syndicated copy: new chrome, trimmed tail, maybe two paragraphs swapped, light edits.</summary>
    public static string Syndicate(string body, Random rng, IReadOnlyList<string> others)
    {
        var paragraphs = Paragraphs.Of(body);
        int keep = Math.Max(2, (int)Math.Ceiling(paragraphs.Count * (1 - rng.NextDouble() * 0.25)));
        paragraphs = paragraphs.Take(keep).ToList();
        if (paragraphs.Count >= 3 && rng.NextDouble() < 0.5)
        {
            int i = rng.Next(0, paragraphs.Count - 1);
            (paragraphs[i], paragraphs[i + 1]) = (paragraphs[i + 1], paragraphs[i]);
        }
        paragraphs = paragraphs.Select(p => Edits.Light(p, rng, 0.03)).ToList();
        string Line(string template)
        {
            var teaser = string.Join(' ', others[rng.Next(others.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8));
            return string.Format(template, $"{rng.Next(1, 29)} May {rng.Next(2014, 2019)}", rng.Next(2014, 2025), teaser);
        }
        var head = HeadLines.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)).Select(Line);
        var foot = FootLines.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)).Select(Line);
        return Paragraphs.Join([.. head, .. paragraphs, .. foot]);
    }
}
