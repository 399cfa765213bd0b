using Sitrep.Documents;

namespace Sitrep.Read;

/// <summary>Reads one input stream of a known format into documents and error records.
/// Implementations never throw for bad content: they yield <see cref="ReadError"/> and go on.</summary>
public interface IFormatReader
{
    /// <summary>The contract's format name (source.format).</summary>
    string Format { get; }
    IEnumerable<ReadItem> Read(Stream stream, InputContext input);
}

/// <summary>What a format reader knows about the input it reads.</summary>
/// <param name="Path">The input path, null for stdin.</param>
/// <param name="Options">Read options (limits, CSV columns, command-line hints).</param>
public sealed record InputContext(string? Path, ReadOptions Options)
{
    public SourceInfo Source(string format, string? url = null, string? locator = null) => new(Path, url ?? Options.Hints.Url, format, locator);
}
