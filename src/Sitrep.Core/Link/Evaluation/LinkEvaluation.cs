using Sitrep.Documents;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Store.Sqlite;

namespace Sitrep.Link.Evaluation;

public sealed record LinkScores(
    int GoldDuplicates, int PredictedDuplicates, int CorrectDuplicates, int DuplicatesDirected,
    int GoldPassages, int PredictedReuse, int CorrectReuse, int PassagesFound, int LinksAmongUntouched, int SourceReuse,
    double MillisecondsPerDocument)
{
    public double DuplicatePrecision => PredictedDuplicates == 0 ? 0 : CorrectDuplicates / (double)PredictedDuplicates;
    public double DuplicateRecall => GoldDuplicates == 0 ? 0 : CorrectDuplicates / (double)GoldDuplicates;
    public double ReusePrecision => PredictedReuse == 0 ? 0 : CorrectReuse / (double)PredictedReuse;
    public double ReuseRecall => GoldPassages == 0 ? 0 : PassagesFound / (double)GoldPassages;
}

/// <summary>
/// Ingests a <see cref="ReuseSet"/> into a fresh store (the real write path: links computed by the writer)
/// and scores the stored links. A duplicate is right when its unordered pair is a gold pair. A reuse link
/// is right when it joins a gold donor and host and covers at least half of the gold passage on the host
/// side and overlaps it on the donor side; a gold passage is found when some reuse link is right for it.
/// Any other link is wrong, except where the source articles behind its two documents already share text
/// in the source corpora themselves (FA-KES repeats agency copy and background paragraphs; PolNeAR holds
/// several versions of one AP story): those are counted apart, found by linking the untouched sources on
/// their own first. That background is judged by the same linker, so it is printed for a manual check.
/// </summary>
public static class LinkEvaluation
{
    public static (LinkScores Scores, List<DocumentLink> Wrong) Run(ReuseSet set, string workDir)
    {
        var db = Path.Combine(workDir, "links-eval.db");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        var background = Background(set, workDir);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var store = SqliteStore.Open(db);
        foreach (var batch in set.Documents.Chunk(256))
            store.Write(batch.Select(d => (StoredItem)new StoredDocument(d, ContractJson.Serialize(d))).ToList());
        double ms = clock.Elapsed.TotalMilliseconds / Math.Max(1, set.Documents.Count);
        var links = store.Links().ToList();
        var byId = set.Documents.ToDictionary(d => d.Id);

        var goldDup = set.Duplicates.ToDictionary(g => Pair(g.Original, g.Copy));
        var touched = new HashSet<string>(set.Duplicates.SelectMany(g => new[] { g.Original, g.Copy }).Concat(set.Passages.SelectMany(p => new[] { p.Donor, p.Host })));
        var wrong = new List<DocumentLink>();
        int predDup = 0, correctDup = 0, directed = 0, predReuse = 0, correctReuse = 0, untouched = 0, sourceReuse = 0;
        var found = new HashSet<GoldPassage>();
        foreach (var l in links)
        {
            if (!touched.Contains(l.A) && !touched.Contains(l.B)) { untouched++; continue; }
            bool inSources = set.SourcesOf[l.A].Any(x => set.SourcesOf[l.B].Any(y => x != y && background.Contains(Pair(x, y))));
            if (l.Kind == "duplicate")
            {
                predDup++;
                if (goldDup.TryGetValue(Pair(l.A, l.B), out var g)) { correctDup++; if (g.Original == l.A) directed++; }
                else if (inSources) { predDup--; sourceReuse++; }
                else wrong.Add(l);
                continue;
            }
            predReuse++;
            var match = set.Passages.FirstOrDefault(p => Matches(p, l, byId));
            if (match is null && inSources) { predReuse--; sourceReuse++; continue; }
            if (match is null) { wrong.Add(l); continue; }
            correctReuse++;
            found.Add(match);
        }
        var scores = new LinkScores(set.Duplicates.Count, predDup, correctDup, directed, set.Passages.Count, predReuse, correctReuse, found.Count, untouched, sourceReuse, ms);
        return (scores, wrong);
    }

    /// <summary>Pairs of source articles that already share text before any copy or paste was generated.</summary>
    private static HashSet<(int, int)> Background(ReuseSet set, string workDir)
    {
        var db = Path.Combine(workDir, "links-background.db");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        using var store = SqliteStore.Open(db);
        var docs = set.Sources.Select(kv => new Document
        {
            Id = $"src{kv.Key:D6}",
            Source = new SourceInfo(null, null, "text"),
            Body = Paragraphs.Join(Paragraphs.Of(kv.Value)),
        }).ToList();
        foreach (var batch in docs.Chunk(256))
            store.Write(batch.Select(d => (StoredItem)new StoredDocument(d, ContractJson.Serialize(d))).ToList());
        return store.Links().Select(l => Pair(int.Parse(l.A[3..]), int.Parse(l.B[3..]))).ToHashSet();
    }

    private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static bool Matches(GoldPassage g, DocumentLink l, Dictionary<string, Document> docs)
    {
        (int S, int E) donor, host;
        if (l.A == g.Donor && l.B == g.Host) (donor, host) = ((l.AStart, l.AEnd), (l.BStart, l.BEnd));
        else if (l.B == g.Donor && l.A == g.Host) (donor, host) = ((l.BStart, l.BEnd), (l.AStart, l.AEnd));
        else return false;
        var hostSpan = CodePoints(docs[g.Host].Body, g.HostSpan);
        var donorSpan = CodePoints(docs[g.Donor].Body, g.DonorSpan);
        int hostOverlap = Math.Min(host.E, hostSpan.E) - Math.Max(host.S, hostSpan.S);
        int donorOverlap = Math.Min(donor.E, donorSpan.E) - Math.Max(donor.S, donorSpan.S);
        return hostOverlap >= 0.5 * (hostSpan.E - hostSpan.S) && donorOverlap > 0;
    }

    private static (int S, int E) CodePoints(string body, TextSpan span)
    {
        var cp = new CodePointIndex(body);
        return (cp.ToCodePoints(span.Start), cp.ToCodePoints(span.End));
    }
}
