namespace Sitrep.Read;

/// <summary>
/// A buffered forward reader over raw bytes for the line-framed formats (WARC, JSON Lines): bounded lines,
/// exact-length blocks, look-ahead and push-back, and the absolute byte position for error messages.
/// One buffer is reused for the whole stream, so reading a line allocates nothing.
/// I/O failures (a truncated gzip member) surface as <see cref="IOException"/> for the caller to report.
/// </summary>
internal sealed class ByteReader(Stream stream, int bufferSize = 1 << 16)
{
    private byte[] _buf = new byte[bufferSize];
    private int _start, _end;
    private bool _eof;

    /// <summary>Bytes consumed so far (for gzip input: in the decompressed stream).</summary>
    public long Position { get; private set; }

    public enum Line { Ok, End, TooLong }

    /// <summary>Up to <paramref name="count"/> next bytes without consuming them (fewer at end of input).</summary>
    public ReadOnlySpan<byte> Peek(int count) => _buf.AsSpan(_start, Math.Min(count, Fill(count)));

    public bool AtEnd => Fill(1) == 0;

    /// <summary>
    /// Reads up to and including the next LF and returns the line without its LF or CR LF.
    /// The span is valid until the next call. A line longer than <paramref name="maxLength"/> is
    /// consumed without being buffered whole and reported as <see cref="Line.TooLong"/>.
    /// </summary>
    public Line ReadLine(int maxLength, out ReadOnlySpan<byte> line)
    {
        line = default;
        int scanned = 0;
        while (true)
        {
            int lf = _buf.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (lf >= 0)
            {
                int length = scanned + lf;
                if (length > maxLength) { Consume(length + 1); return Line.TooLong; }
                line = TrimCr(_buf.AsSpan(_start, length));
                Consume(length + 1);
                return Line.Ok;
            }
            scanned = _end - _start;
            if (scanned > maxLength) { SkipRestOfLine(); return Line.TooLong; }
            if (Fill(scanned + 1) <= scanned)
            {
                // Last line without a final LF.
                if (scanned == 0) return Line.End;
                line = TrimCr(_buf.AsSpan(_start, scanned));
                Consume(scanned);
                return Line.Ok;
            }
        }
    }

    /// <summary>Copies the next <c>destination.Length</c> bytes; returns fewer only at the end of input.</summary>
    public int ReadBlock(Span<byte> destination)
    {
        int copied = 0;
        while (copied < destination.Length)
        {
            if (_start == _end && Fill(1) == 0) break;
            int n = Math.Min(destination.Length - copied, _end - _start);
            _buf.AsSpan(_start, n).CopyTo(destination[copied..]);
            Consume(n);
            copied += n;
        }
        return copied;
    }

    /// <summary>Discards the next <paramref name="count"/> bytes without keeping them; returns how many there were.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_start == _end && Fill(1) == 0) break;
            int n = (int)Math.Min(count - skipped, _end - _start);
            Consume(n);
            skipped += n;
        }
        return skipped;
    }

    /// <summary>Puts bytes back in front of the unread input (used to re-scan a block whose length was wrong).</summary>
    public void Unread(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        if (bytes.Length <= _start)
        {
            _start -= bytes.Length;
            bytes.CopyTo(_buf.AsSpan(_start));
        }
        else
        {
            var merged = new byte[Math.Max(_buf.Length, bytes.Length + _end - _start)];
            bytes.CopyTo(merged);
            _buf.AsSpan(_start, _end - _start).CopyTo(merged.AsSpan(bytes.Length));
            _end = bytes.Length + _end - _start;
            _start = 0;
            _buf = merged;
        }
        Position -= bytes.Length;
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            int lf = _buf.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (lf >= 0) { Consume(lf + 1); return; }
            Consume(_end - _start);
            if (Fill(1) == 0) return;
        }
    }

    private void Consume(int n)
    {
        _start += n;
        Position += n;
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available if the input has them; returns how many are.</summary>
    private int Fill(int count)
    {
        if (_end - _start >= count || _eof) return _end - _start;
        if (count > _buf.Length)
        {
            var bigger = new byte[Math.Max(count, _buf.Length * 2)];
            _buf.AsSpan(_start, _end - _start).CopyTo(bigger);
            _end -= _start;
            _start = 0;
            _buf = bigger;
        }
        else if (_start + count > _buf.Length)
        {
            _buf.AsSpan(_start, _end - _start).CopyTo(_buf);
            _end -= _start;
            _start = 0;
        }
        while (_end - _start < count)
        {
            int n = stream.Read(_buf, _end, _buf.Length - _end);
            if (n == 0) { _eof = true; break; }
            _end += n;
        }
        return _end - _start;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
}
