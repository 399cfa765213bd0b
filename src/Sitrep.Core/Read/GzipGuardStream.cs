using System.Buffers.Binary;

namespace Sitrep.Read;

/// <summary>
/// Wraps a decompressing gzip stream so that corrupt or truncated gzip surfaces as one clear
/// <see cref="IOException"/> that readers turn into an error record.
/// .NET's GZipStream reports corrupt data but not a file cut short: it just ends. So at the end we check the
/// gzip trailer (RFC 1952 §2.3.1: CRC-32 and ISIZE of the last member, the last 8 bytes of the file) against
/// what came out. A file of several members (.warc.gz) is checked on its last member, found where the output
/// length minus ISIZE meets a read boundary; when no boundary matches, the data is given the benefit of the doubt.
/// </summary>
public sealed class GzipGuardStream : Stream
{
    private readonly Stream _inner;
    private readonly TailRecordingStream? _compressed;
    private readonly string? _path;
    private readonly Dictionary<long, uint> _crcAt = new() { [0] = 0 };
    private uint _crc;
    private bool _verified;

    public GzipGuardStream(Stream inner, string? path, TailRecordingStream? compressed = null)
    {
        _inner = inner;
        _path = path;
        _compressed = compressed;
    }

    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        int n;
        try { n = _inner.Read(destination); }
        catch (InvalidDataException ex)
        {
            throw new IOException($"gzip data is corrupt or ends early after {BytesRead:N0} decompressed bytes ({ex.Message})", ex);
        }
        catch (EndOfStreamException ex)
        {
            throw new IOException($"gzip data ends early after {BytesRead:N0} decompressed bytes (truncated file {_path})", ex);
        }
        if (n > 0)
        {
            _crc = Crc32.Append(_crc, destination[..n]);
            BytesRead += n;
            _crcAt[BytesRead] = _crc;
        }
        else if (destination.Length > 0 && !_verified)
        {
            _verified = true;
            if (_compressed is not null && !TrailerMatches())
                throw new IOException($"gzip data ends early or is damaged: the gzip trailer does not match the {BytesRead:N0} bytes decompressed (truncated file?)");
        }
        return n;
    }

    private bool TrailerMatches()
    {
        var tail = _compressed!.Tail;
        if (tail.Length < 8) return false;
        uint expectedCrc = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        uint expectedSize = BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]);
        // ISIZE is the last member's length modulo 2^32 (§2.3.1); beyond 4 GB we cannot place the member.
        if (BytesRead >= uint.MaxValue) return true;
        long memberStart = BytesRead - expectedSize;
        if (memberStart < 0) return false;
        if (!_crcAt.TryGetValue(memberStart, out var prefixCrc)) return true;
        return Crc32.OfSuffix(_crc, prefixCrc, expectedSize) == expectedCrc;
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
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>A pass-through read stream that remembers the last 8 bytes read (the gzip trailer at the end).</summary>
public sealed class TailRecordingStream(Stream inner) : Stream
{
    private readonly byte[] _tail = new byte[8];
    private int _filled;

    public ReadOnlySpan<byte> Tail => _tail.AsSpan(0, _filled);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        int n = inner.Read(destination);
        if (n >= 8)
        {
            destination.Slice(n - 8, 8).CopyTo(_tail);
            _filled = 8;
        }
        else if (n > 0)
        {
            int keep = Math.Min(_filled, 8 - n);
            _tail.AsSpan(_filled - keep, keep).CopyTo(_tail);
            destination[..n].CopyTo(_tail.AsSpan(keep));
            _filled = keep + n;
        }
        return n;
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
