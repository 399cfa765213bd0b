using Sitrep.Documents;

namespace Sitrep.Read;

/// <summary>A whole input that is one page (plain text or HTML): read it, bounded by the size limit.</summary>
public sealed class SinglePageReader(string format, PayloadKind kind) : IFormatReader
{
    public string Format { get; } = format;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        var (bytes, error) = BoundedRead.ReadAll(stream, input.Options.MaxDocumentBytes);
        if (error is not null)
        {
            yield return new ReadError(input.Source(Format), error);
            yield break;
        }
        yield return new ReadDocument(new RawDocument
        {
            Source = input.Source(Format),
            Kind = kind,
            Bytes = bytes,
            Hints = input.Options.Hints,
            Id = ContentHash.Of(bytes),
        });
    }
}

public static class BoundedRead
{
    /// <summary>Reads a stream to its end unless it passes <paramref name="limit"/> bytes; I/O failures
    /// (truncated gzip, unreadable device) come back as a reason instead of an exception.</summary>
    public static (byte[] Bytes, string? Error) ReadAll(Stream stream, long limit)
    {
        // Most pages fit in the head the format detector already peeked: hand that over as it is.
        if (stream is PeekableStream { WholeInput: { } whole })
            return whole.Length > limit ? ([], TooLarge(whole.Length, limit)) : (whole, null);
        var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > limit)
                {
                    // Measure the rest for the message, but not without end (a multi-gigabyte dump or an endless pipe).
                    long total = buffer.Length, cap = Math.Max(limit * 8, 256L * 1024 * 1024);
                    while (total <= cap && (n = stream.Read(chunk, 0, chunk.Length)) > 0) total += n;
                    return ([], total > cap
                        ? $"too large: more than {ByteSize.Describe(cap)}, over {ByteSize.Limit(limit)} (split it, or raise --max-document-mb)"
                        : TooLarge(total, limit));
                }
            }
        }
        catch (IOException ex) { return ([], ex.Message); }
        finally { System.Buffers.ArrayPool<byte>.Shared.Return(chunk); }
        return (buffer.ToArray(), null);
    }

    private static string TooLarge(long size, long limit) =>
        $"too large: {ByteSize.Describe(size)} is over {ByteSize.Limit(limit)} (split it, or raise --max-document-mb)";
}
