namespace Sitrep.Documents;

/// <summary>Where a document came from: the contract's <c>source</c> object.</summary>
/// <param name="Path">The input path (for records inside a container: the container's path), or null for stdin.</param>
/// <param name="Url">The page address when known.</param>
/// <param name="Format">One of the contract's formats: text, html, warc, jsonl, csv, rss, atom.</param>
/// <param name="Locator">Where inside the input the record sits ("line 12", "record 3 at byte 5120"); not part of the contract, used in error messages.</param>
public sealed record SourceInfo(string? Path, string? Url, string Format, string? Locator = null)
{
    public string Describe() => (Path ?? "<stdin>") + (Locator is null ? "" : $" ({Locator})");
}
