namespace Sitrep.Link;

/// <summary>
/// One claim a document makes: an attributed statement ("attribution": a speaker and what they said)
/// or an event figure ("figure": 80 killed in an air strike at Palmyra on 2017-05-25). Claims that state
/// the same thing share a <see cref="Cluster"/>; offsets are UTF-16 into the document's body.
/// </summary>
public sealed record Claim(
    string Id, string Cluster, string Key, string Kind, string Document,
    int Start, int End, string Text, string? Speaker, double? Value, string? Unit, string? QuantityKind);

/// <summary>What claim clustering reads and writes of the store.</summary>
public interface IClaimIndex
{
    /// <summary>The first <paramref name="limit"/> claims filed under a key (speaker, or event type + figure kind
    /// + place + day), in filing order, with their content words.</summary>
    IReadOnlyList<ClaimCandidate> WithKey(string key, int limit);
    void Add(Claim claim, ulong[] words);
}

/// <summary>What clustering compares of a stored claim.</summary>
public sealed record ClaimCandidate(string Document, string Cluster, ulong[] Words);
