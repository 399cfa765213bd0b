using Sitrep.Documents;

namespace Sitrep.Extract.Metadata;

/// <summary>What the metadata readers find about a page besides its body.</summary>
public sealed record PageMetadata(
    string? Title,
    IReadOnlyList<string> Authors,
    Outlet Outlet,
    PublishedDate? Published,
    IReadOnlyList<string> Warnings)
{
    public static readonly PageMetadata Empty = new(null, [], Outlet.Unknown, null, []);
}
