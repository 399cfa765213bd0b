using Sitrep.Documents;

namespace Sitrep.Link;

/// <summary>
/// Everything ingest does across documents for one new document, in order: text links (duplicates and
/// reused passages), its story, its claims. Its input is computed on ingest's workers; the ordered part runs on the store's single writer thread, inside the batch's
/// transaction, so each document sees every document stored before it and nothing half-written.
/// </summary>
public sealed class CrossDocumentLinker(ILinkIndex links, IStoryIndex stories, IClaimIndex claims)
{
    private readonly DocumentLinker _text = new(links);
    private readonly StoryClusterer _stories = new(stories);
    private readonly ClaimClusterer _claims = new(claims);

    public void Add(Document d, long key) => Add(d, LinkInput.Of(d), key);

    /// <summary>Links a document whose <see cref="LinkInput"/> was computed beforehand (on ingest's workers).</summary>
    public void Add(Document d, LinkInput input, long key)
    {
        var links = _text.Link(input.Text, input.Bands, input.Anchors, key);
        // The strongest few text links are evidence enough for the story (a flood of copies has hundreds).
        _stories.Assign(d, input.StoryFeatures, links.OrderByDescending(l => l.Score).Select(l => l.A == d.Id ? l.B : l.A).Distinct().Take(4));
        _claims.Add(input.Claims);
    }
}
