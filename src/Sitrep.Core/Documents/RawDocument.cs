namespace Sitrep.Documents;

/// <summary>
/// One document as a reader found it, before decoding and extraction: either undecoded bytes
/// (with the charset the transport declared, if any) or text a container already decoded (JSON, CSV, XML).
/// </summary>
public sealed class RawDocument
{
    public required SourceInfo Source { get; init; }
    public required PayloadKind Kind { get; init; }
    public ReadOnlyMemory<byte> Bytes { get; init; }
    public string? Text { get; init; }
    /// <summary>Charset named by HTTP headers or a container (WARC response, feed encoding).</summary>
    public string? DeclaredCharset { get; init; }
    public DocumentHints Hints { get; init; } = DocumentHints.None;
    /// <summary>Stable content hash of the raw input (hex), the document's id.</summary>
    public required string Id { get; init; }
}
