namespace Sitrep.Read;

/// <summary>
/// Wraps a decompressing stream so that corrupt or truncated gzip surfaces as one clear
/// <see cref="IOException"/> ("gzip data ends early") that readers turn into an error record.
/// </summary>
public sealed class GzipGuardStream(Stream inner, string? path) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        try
        {
            int n = inner.Read(destination);
            BytesRead += n;
            return n;
        }
        catch (InvalidDataException ex)
        {
            throw new IOException($"gzip data is corrupt or ends early after {BytesRead:N0} decompressed bytes ({ex.Message})", ex);
        }
        catch (EndOfStreamException ex)
        {
            throw new IOException($"gzip data ends early after {BytesRead:N0} decompressed bytes (truncated file {path})", ex);
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
