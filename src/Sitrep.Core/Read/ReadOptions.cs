using Sitrep.Documents;

namespace Sitrep.Read;

/// <summary>Names of the CSV columns to read; null means auto-detect from the header.</summary>
public sealed record CsvColumns(string? Text = null, string? Title = null, string? Date = null, string? Source = null, string? Url = null);

public sealed record ReadOptions
{
    /// <summary>A single page larger than this is reported, not read (trafilatura's limit is 20 MB too).</summary>
    public long MaxDocumentBytes { get; init; } = 20L * 1024 * 1024;
    public CsvColumns Csv { get; init; } = new();
    /// <summary>Hints for a single input given on the command line (<c>--url</c>, <c>--date</c>).</summary>
    public DocumentHints Hints { get; init; } = DocumentHints.None;

    public static readonly ReadOptions Default = new();
}
