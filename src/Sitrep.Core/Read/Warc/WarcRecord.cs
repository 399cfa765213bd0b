namespace Sitrep.Read.Warc;

/// <summary>One WARC record as framed by ISO 28500 §4 (WARC 1.0/1.1): its named fields and its content block.</summary>
/// <param name="Number">1-based position of the record in the file.</param>
/// <param name="Offset">Byte offset of its version line (in the decompressed stream for .warc.gz).</param>
public sealed record WarcRecord(int Number, long Offset, IReadOnlyDictionary<string, string> Fields, byte[] Block)
{
    public string? Type => Fields.GetValueOrDefault("WARC-Type");

    /// <summary>WARC-Target-URI; WARC 1.0's own examples wrap it in angle brackets, which writers copied (§5.3 erratum in 1.1).</summary>
    public string? TargetUri => Fields.GetValueOrDefault("WARC-Target-URI")?.Trim().TrimStart('<').TrimEnd('>');

    public string? Date => Fields.GetValueOrDefault("WARC-Date");

    public string? ContentType => Fields.GetValueOrDefault("Content-Type");

    public string Locator => $"record {Number} at byte {Offset}";
}
