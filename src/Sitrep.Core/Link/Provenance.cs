using System.Security.Cryptography;
using System.Text;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Link;

/// <summary>One document carrying a passage or claim. <see cref="Origin"/> is the earliest document its text
/// descends from (through duplicate and reuse links); <see cref="Independent"/> says the carrier's origin
/// differs from the earliest carrier's, i.e. it is a separate confirmation, not an echo.</summary>
public sealed record Carrier(
    string Document, string? Outlet, string? Published, string Relation, int Start, int End, string Text,
    string Origin, bool Independent, IReadOnlyList<WordingChange>? Changes, double? Value = null, bool? Agrees = null);

/// <summary>The provenance of a document, passage or claim, as <c>sitrep trace</c> prints it.</summary>
public sealed record Trace(string Id, string Kind, Carrier Earliest, IReadOnlyList<Carrier> Later,
    int IndependentConfirmations, int Echoes, IReadOnlyList<Trace> Claims, IReadOnlyList<string> Passages);

/// <summary>
/// Builds the trail of a document, a passage (id from <see cref="PassageId"/>) or a claim: the earliest
/// carrier (by publication date; unknown dates go last), every later carrier with its wording changes, and
/// whether each is an independent confirmation (a different origin) or an echo (text copied from the
/// same origin). Text copied through duplicates and reuse is one origin, however many outlets run it.
/// </summary>
public sealed class Provenance(IProvenanceSource source)
{
    public Trace? Of(string id)
    {
        if (id.StartsWith('c') && source.Claim(id) is { } claim) return OfClaim(claim);
        if (id.StartsWith('p') && FindPassage(id) is { } link) return OfPassage(id, link);
        return source.Document(id) is { } doc ? OfDocument(doc) : null;
    }

    /// <summary>A stable id for a reuse link: "p" and a hash of its two documents and offsets.</summary>
    public static string PassageId(DocumentLink l) =>
        "p" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{l.Kind}|{l.A}|{l.B}|{l.AStart}|{l.BStart}")))[..15];

    private DocumentLink? FindPassage(string id) => source.AllLinks().FirstOrDefault(l => PassageId(l) == id);

    private Trace OfDocument(CarrierDocument doc)
    {
        var component = Component(doc.Id);
        var docs = component.Select(d => source.Document(d)!).Where(d => d is not null).ToList();
        var earliest = Earliest(docs);
        var links = source.LinksOf(earliest.Id).ToList();
        var carriers = docs.Select(d =>
        {
            var l = links.FirstOrDefault(l => l.A == d.Id || l.B == d.Id);
            var relation = d.Id == earliest.Id ? "origin" : l?.Kind ?? "linked";
            string text = l is null || d.Id == earliest.Id ? "" : Slice(d.Body, l.A == d.Id ? l.AStart : l.BStart, l.A == d.Id ? l.AEnd : l.BEnd);
            string origText = l is null || d.Id == earliest.Id ? "" : Slice(earliest.Body, l.A == earliest.Id ? l.AStart : l.BStart, l.A == earliest.Id ? l.AEnd : l.BEnd);
            return new Carrier(d.Id, d.Outlet, d.Published, relation, 0, 0, "", earliest.Id, false,
                l is null || d.Id == earliest.Id ? null : WordingChanges.Between(origText, text));
        }).ToList();
        var claims = source.ClaimsOf(doc.Id).Select(OfClaim).Where(t => t.Later.Count > 0).ToList();
        var passages = source.LinksOf(doc.Id).Where(l => l.Kind == "reuse").Select(PassageId).ToList();
        return Build(doc.Id, "document", carriers, earliest.Id, claims, passages);
    }

    private Trace OfPassage(string id, DocumentLink link)
    {
        // Every document carrying this passage: the two ends of the link, then documents linked to a carrier
        // over an overlapping stretch of it (a third outlet that copied the same statement).
        var spans = new Dictionary<string, (int Start, int End, string Relation)> { [link.A] = (link.AStart, link.AEnd, link.Kind), [link.B] = (link.BStart, link.BEnd, link.Kind) };
        var queue = new Queue<string>(spans.Keys);
        while (queue.Count > 0 && spans.Count < 200)
        {
            var d = queue.Dequeue();
            var (s, e, _) = spans[d];
            foreach (var l in source.LinksOf(d))
            {
                var (here, there, thereSpan) = l.A == d ? ((l.AStart, l.AEnd), l.B, (l.BStart, l.BEnd)) : ((l.BStart, l.BEnd), l.A, (l.AStart, l.AEnd));
                if (spans.ContainsKey(there) || here.Item1 >= e || s >= here.Item2) continue;
                spans[there] = (thereSpan.Item1, thereSpan.Item2, l.Kind);
                queue.Enqueue(there);
            }
        }
        var docs = spans.Keys.Select(d => source.Document(d)).OfType<CarrierDocument>().ToList();
        var earliest = Earliest(docs);
        var origin = spans[earliest.Id];
        string originText = Slice(earliest.Body, origin.Start, origin.End);
        var carriers = docs.Select(d =>
        {
            var (s, e, relation) = spans[d.Id];
            var text = Slice(d.Body, s, e);
            return new Carrier(d.Id, d.Outlet, d.Published, d.Id == earliest.Id ? "origin" : relation, s, e, text, earliest.Id, false,
                d.Id == earliest.Id ? null : WordingChanges.Between(originText, text));
        }).ToList();
        return Build(id, "passage", carriers, earliest.Id, [], []);
    }

    private Trace OfClaim(Claim claim)
    {
        var members = source.Cluster(claim.Cluster).ToList();
        var docs = members.Select(m => m.Document).Distinct().Select(d => source.Document(d)).OfType<CarrierDocument>().ToDictionary(d => d.Id);
        var earliestDoc = Earliest(docs.Values.ToList());
        var first = members.First(m => m.Document == earliestDoc.Id);
        var originOf = new Dictionary<string, string>();
        string OriginOf(string d)
        {
            if (originOf.TryGetValue(d, out var o)) return o;
            var comp = Component(d).Select(x => source.Document(x)).OfType<CarrierDocument>().ToList();
            var earliest = Earliest(comp).Id;
            foreach (var x in comp) originOf[x.Id] = earliest;
            return originOf[d] = earliest;
        }
        string firstOrigin = OriginOf(first.Document);
        var carriers = members.Where(m => docs.ContainsKey(m.Document)).Select(m =>
        {
            var d = docs[m.Document];
            var cp = new CodePointIndex(d.Body);
            var origin = OriginOf(m.Document);
            bool isFirst = m.Id == first.Id;
            return new Carrier(d.Id, d.Outlet, d.Published, isFirst ? "origin" : m.Kind == "figure" ? "same figure" : "same statement",
                cp.ToCodePoints(Math.Min(m.Start, d.Body.Length)), cp.ToCodePoints(Math.Min(m.End, d.Body.Length)), m.Text, origin,
                !isFirst && origin != firstOrigin, isFirst ? null : WordingChanges.Between(first.Text, m.Text),
                m.Value, m.Value is { } v && first.Value is { } f ? FigureAgreement.Agree(f, v) : null);
        }).ToList();
        return Build(claim.Id, claim.Kind, carriers, first.Document, [], [], firstId: first.Id, members: members);
    }

    private static Trace Build(string id, string kind, List<Carrier> carriers, string earliestDoc, IReadOnlyList<Trace> claims, IReadOnlyList<string> passages,
        string? firstId = null, List<Claim>? members = null)
    {
        int firstIndex = carriers.FindIndex(c => c.Relation == "origin");
        if (firstIndex < 0) firstIndex = carriers.FindIndex(c => c.Document == earliestDoc);
        var earliest = carriers[firstIndex];
        var later = carriers.Where((_, i) => i != firstIndex).OrderBy(c => c.Published ?? "9999").ThenBy(c => c.Document, StringComparer.Ordinal).ToList();
        return new Trace(id, kind, earliest, later, later.Count(c => c.Independent), later.Count(c => !c.Independent), claims, passages);
    }

    /// <summary>Documents connected to this one by duplicate or reuse links (one text family).</summary>
    private HashSet<string> Component(string doc)
    {
        var seen = new HashSet<string> { doc };
        var queue = new Queue<string>([doc]);
        while (queue.Count > 0 && seen.Count < 500)
            foreach (var l in source.LinksOf(queue.Dequeue()))
                foreach (var other in new[] { l.A, l.B })
                    if (seen.Add(other)) queue.Enqueue(other);
        return seen;
    }

    /// <summary>The earliest by publication date; undated documents after dated ones, then by id for stability.</summary>
    private static CarrierDocument Earliest(IReadOnlyList<CarrierDocument> docs) =>
        docs.OrderBy(d => d.Published is null).ThenBy(d => d.Published, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).First();

    private static string Slice(string body, int startCp, int endCp)
    {
        var cp = new CodePointIndex(body);
        int s = Math.Clamp(cp.ToUtf16(startCp), 0, body.Length), e = Math.Clamp(cp.ToUtf16(endCp), s, body.Length);
        return body[s..e];
    }
}
