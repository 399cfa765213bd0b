using Sitrep.Store;
using Sitrep.Web.Model;

namespace Sitrep.Web.Views;

/// <summary>
/// The claim trail of a document: who carried its text first and who after (documents joined to it by
/// duplicate or reuse links are echoes), the wording each later carrier changed, the reports of the same
/// story with no shared text (independent), and each of its attributed claims across all of them.
/// </summary>
public sealed record TraceView(
    string Id, string? Title, IReadOnlyList<CarrierView> Carriers, IReadOnlyList<TraceLinkView> Links,
    IReadOnlyList<ClaimTrailView> Claims, IReadOnlyList<Story> Stories);

/// <summary>A document on the trail. Role: "first carrier", "later carrier" (both echo the same text) or "independent".</summary>
public sealed record CarrierView(string Id, string? Title, string? Outlet, string? Published, string Role, bool IsTraced);

public sealed record TraceLinkView(string Kind, string From, string To, double Score, string FromText, string ToText, IReadOnlyList<DiffPart> Changes);

public sealed record ClaimTrailView(string Speaker, string? Content, IReadOnlyList<ClaimCarrierView> Carriers);

public sealed record ClaimCarrierView(string Id, string? Outlet, string? Published, string Speaker, string? Content, string Relation, IReadOnlyList<DiffPart> Changes);

public sealed partial class WorkbenchData
{
    private const int MaxTrail = 100;

    public TraceView? Trace(string idOrPrefix)
    {
        var root = Document(idOrPrefix);
        if (root is null) return null;

        // Echoes: everything reachable through text links, breadth first, bounded.
        var linked = new HashSet<string> { root.Id };
        var links = new List<DocumentLink>();
        var frontier = new Queue<string>([root.Id]);
        while (frontier.Count > 0 && linked.Count < MaxTrail)
            foreach (var link in store.LinksOf(frontier.Dequeue()))
            {
                if (links.Contains(link)) continue;
                links.Add(link);
                foreach (var id in new[] { link.A, link.B })
                    if (linked.Add(id)) frontier.Enqueue(id);
            }

        var stories = store.StoriesOf(root.Id);
        var independent = stories.SelectMany(s => s.Documents).Where(id => !linked.Contains(id)).Distinct().Take(MaxTrail).ToList();
        var docs = Documents(linked.Concat(independent).ToList()).ToDictionary(d => d.Id);
        docs[root.Id] = root;

        var echoes = Chronological(linked.Where(docs.ContainsKey).Select(id => docs[id]));
        var carriers = echoes.Select((d, i) => Carrier(d, i == 0 && echoes.Count > 1 ? "first carrier" : echoes.Count > 1 ? "later carrier" : "only carrier", root.Id))
            .Concat(Chronological(independent.Where(docs.ContainsKey).Select(id => docs[id])).Select(d => Carrier(d, "independent", root.Id)))
            .ToList();

        var linkViews = links.Take(200).Select(l => LinkView(l, docs)).ToList();
        var claims = root.Attributions.Select(a => ClaimTrail(a, root, docs.Values, linked)).ToList();
        return new TraceView(root.Id, root.Title, carriers, linkViews, claims, stories);
    }

    private static List<ContractDocument> Chronological(IEnumerable<ContractDocument> docs) =>
        docs.OrderBy(d => d.Published?.Date is null).ThenBy(d => d.Published?.Date, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

    private static CarrierView Carrier(ContractDocument d, string role, string rootId) =>
        new(d.Id, d.Title, d.OutletLabel, d.Published?.Date, role, d.Id == rootId);

    private static TraceLinkView LinkView(DocumentLink l, IReadOnlyDictionary<string, ContractDocument> docs)
    {
        string Passage(string id, int start, int end) =>
            docs.TryGetValue(id, out var d) ? new CodePoints(d.Body).Slice(d.Body, start, end) : "";
        var from = Passage(l.A, l.AStart, l.AEnd);
        var to = Passage(l.B, l.BStart, l.BEnd);
        return new TraceLinkView(l.Kind, l.A, l.B, Math.Round(l.Score, 3), from, to, WordDiff.Compare(from, to));
    }

    /// <summary>The same claim in other documents: the same speaker saying mostly the same words, oldest first.</summary>
    private static ClaimTrailView ClaimTrail(ContractAttribution claim, ContractDocument root, IEnumerable<ContractDocument> docs, HashSet<string> linked)
    {
        var content = claim.Content ?? "";
        var carriers = Chronological(docs)
            .SelectMany(d => d.Attributions.Where(a => SameClaim(claim, a)).Take(1).Select(a => (Doc: d, Claim: a)))
            .ToList();
        var first = carriers.FirstOrDefault().Claim?.Content ?? content;
        return new ClaimTrailView(claim.Speaker, claim.Content, carriers.Select((c, i) => new ClaimCarrierView(
            c.Doc.Id, c.Doc.OutletLabel, c.Doc.Published?.Date, c.Claim.Speaker, c.Claim.Content,
            i == 0 ? "first carrier" : linked.Contains(c.Doc.Id) ? "echo" : "independent",
            WordDiff.Compare(first, c.Claim.Content ?? ""))).ToList());
    }

    private static bool SameClaim(ContractAttribution a, ContractAttribution b) =>
        SameName(a.Speaker, b.Speaker) && WordDiff.Overlap(a.Content ?? "", b.Content ?? "") >= 0.5;
}
