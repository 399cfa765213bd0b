using Sitrep.Store;

namespace Sitrep.Link;

/// <summary>A stored document as provenance shows it.</summary>
public sealed record CarrierDocument(string Id, string? Title, string? Outlet, string? Published, string Body);

/// <summary>What <see cref="Provenance"/> reads of the store.</summary>
public interface IProvenanceSource
{
    /// <summary>A document by id or unique id prefix.</summary>
    CarrierDocument? Document(string idOrPrefix);
    IEnumerable<DocumentLink> LinksOf(string documentId);
    IEnumerable<DocumentLink> AllLinks();
    Claim? Claim(string id);
    IEnumerable<Claim> Cluster(string cluster);
    IEnumerable<Claim> ClaimsOf(string documentId);
}
