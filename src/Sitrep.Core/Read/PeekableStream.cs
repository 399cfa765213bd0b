using System.Buffers;

namespace Sitrep.Read;

/// <summary>A read-only forward stream whose first bytes can be looked at before the reader consumes them,
/// so formats are detected from content even on stdin and inside gzip.</summary>
public sealed class PeekableStream(Stream inner, bool ownsInner) : ForwardReadStream
{
    private byte[] _buffer = [];
    private int _pos;
    private IOException? _deferred;

    /// <summary>True when peeking reached the end of the input: the peeked bytes are all there is.</summary>
    public bool EndReached { get; private set; }

    /// <summary>Returns up to <paramref name="count"/> first bytes without consuming them.</summary>
    public byte[] Peek(int count)
    {
        if (_buffer.Length >= count || _pos > 0 || EndReached || _deferred is not null) return _buffer;
        // The scratch buffer is pooled: most inputs are far smaller than the peek size, and 100k small files
        // should not cost 100k large arrays.
        var scratch = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            _buffer.CopyTo(scratch, 0);
            int filled = _buffer.Length;
            try
            {
                while (filled < count)
                {
                    int n = inner.Read(scratch, filled, count - filled);
                    if (n == 0) { EndReached = true; break; }
                    filled += n;
                }
            }
            catch (IOException ex) when (filled > 0)
            {
                // A stream that fails after some bytes (truncated gzip) still gives its readers those bytes first;
                // the failure is raised where the reader reaches it.
                _deferred = ex;
            }
            _buffer = scratch.AsSpan(0, filled).ToArray();
            return _buffer;
        }
        finally { ArrayPool<byte>.Shared.Return(scratch); }
    }

    /// <summary>When the whole input was peeked and nothing consumed yet: all its bytes, without copying.</summary>
    public byte[]? WholeInput => EndReached && _pos == 0 && _deferred is null ? _buffer : null;


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
        if (EndReached) return 0;
        return inner.Read(destination);
    }


    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsInner) inner.Dispose();
        base.Dispose(disposing);
    }
}
