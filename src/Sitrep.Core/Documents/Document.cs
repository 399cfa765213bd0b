namespace Sitrep.Documents;

/// <summary>
/// One document: an immutable body text plus standoff annotation layers (spaCy's Doc, brat's standoff).
/// Extraction creates it; every later stage returns a copy with one more layer (<c>with { ... }</c>);
/// nothing rewrites <see cref="Body"/> after extraction.
/// </summary>
public sealed record Document
{
    public required string Id { get; init; }
    public required SourceInfo Source { get; init; }
    public required string Body { get; init; }

    public Outlet Outlet { get; init; } = Outlet.Unknown;
    public string? Language { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public PublishedDate? Published { get; init; }
    public IReadOnlyList<Comment> Comments { get; init; } = [];
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];
    public IReadOnlyList<PlaceMention> Places { get; init; } = [];
    public IReadOnlyList<Attribution> Attributions { get; init; } = [];
    public IReadOnlyList<Event> Events { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>What extraction cut from the page (chrome, widgets); not in the contract's JSON.</summary>
    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];
    public DocumentHints Hints { get; init; } = DocumentHints.None;

    public Document WithWarning(string warning) => this with { Warnings = [.. Warnings, warning] };
}
