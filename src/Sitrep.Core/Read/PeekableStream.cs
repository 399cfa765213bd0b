namespace Sitrep.Read;

/// <summary>A read-only forward stream whose first bytes can be looked at before the reader consumes them,
/// so formats are detected from content even on stdin and inside gzip.</summary>
public sealed class PeekableStream(Stream inner, bool ownsInner) : Stream
{
    private byte[] _buffer = [];
    private int _pos;

    /// <summary>Returns up to <paramref name="count"/> first bytes without consuming them.</summary>
    public byte[] Peek(int count)
    {
        if (_buffer.Length >= count || _pos > 0) return _buffer;
        var buf = new byte[count];
        Array.Copy(_buffer, buf, _buffer.Length);
        int filled = _buffer.Length;
        try
        {
            while (filled < count)
            {
                int n = inner.Read(buf, filled, count - filled);
                if (n == 0) break;
                filled += n;
            }
        }
        catch (IOException ex) when (filled > 0)
        {
            // A stream that fails after some bytes (truncated gzip) still gives its readers those bytes first;
            // the failure is raised where the reader reaches it.
            _deferred = ex;
        }
        _buffer = buf[..filled];
        return _buffer;
    }

    private IOException? _deferred;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        if (_pos < _buffer.Length)
        {
            int n = Math.Min(destination.Length, _buffer.Length - _pos);
            _buffer.AsSpan(_pos, n).CopyTo(destination);
            _pos += n;
            return n;
        }
        if (_deferred is { } failure && destination.Length > 0)
        {
            _deferred = null;
            throw new IOException(failure.Message, failure);
        }
        return inner.Read(destination);
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
        if (disposing && ownsInner) inner.Dispose();
        base.Dispose(disposing);
    }
}
