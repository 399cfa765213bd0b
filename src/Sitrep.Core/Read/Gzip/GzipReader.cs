using System.Runtime.InteropServices;

namespace Sitrep.Read.Gzip;

/// <summary>
/// Decompresses gzip (RFC 1952), member after member (a .warc.gz is one member per record), and — unlike
/// .NET's GZipStream, which returns a silent end of stream on a file cut short — reports truncation and
/// corruption as an <see cref="IOException"/> with a specific reason. Uses the system zlib (Debian's
/// essential zlib1g) through its documented API: inflateInit2 with windowBits 31 (gzip wrapper only),
/// inflate until Z_STREAM_END, inflateReset for the next member.
/// </summary>
public sealed unsafe class GzipReader : ForwardReadStream
{
    private const int ZOk = 0, ZStreamEnd = 1, ZBufError = -5, ZNoFlush = 0, GzipWindowBits = 15 + 16;
    private const int InputSize = 1 << 16;

    private readonly Stream _inner;
    private readonly string? _path;
    private readonly ZStream* _z;
    private readonly byte* _input;
    private bool _inputEof, _finished, _disposed;
    private long _produced;
    private int _members;

    public GzipReader(Stream inner, string? path)
    {
        _inner = inner;
        _path = path;
        _z = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        _input = (byte*)NativeMemory.Alloc(InputSize);
        int rc = Zlib.inflateInit2_(_z, GzipWindowBits, "1.2.11", sizeof(ZStream));
        if (rc != ZOk) throw new IOException($"zlib could not start (code {rc})");
    }


    public override int Read(Span<byte> destination)
    {
        if (_finished || destination.IsEmpty) return 0;
        fixed (byte* output = destination)
        {
            while (true)
            {
                if (_z->avail_in == 0 && !_inputEof) Fill();
                _z->next_out = output;
                _z->avail_out = (uint)destination.Length;
                int rc = Zlib.inflate(_z, ZNoFlush);
                int produced = destination.Length - (int)_z->avail_out;
                _produced += produced;
                if (rc == ZStreamEnd)
                {
                    _members++;
                    if (_z->avail_in == 0 && !_inputEof) Fill();
                    // Another member follows only if its magic does; anything else after a complete member is
                    // trailing padding (gzip(1) ignores it too).
                    if (_z->avail_in >= 2 && _z->next_in[0] == 0x1f && _z->next_in[1] == 0x8b) Zlib.inflateReset(_z);
                    else _finished = true;
                    if (produced > 0 || _finished) return produced;
                    continue;
                }
                if (rc == ZBufError && _z->avail_in == 0 && _inputEof)
                    throw new IOException(_produced == 0 && _members == 0
                        ? $"gzip data ends before any content (truncated file{Where()})"
                        : $"gzip data ends early after {_produced:N0} decompressed bytes (truncated file{Where()})");
                if (rc < 0 && rc != ZBufError)
                    throw new IOException($"gzip data is corrupt after {_produced:N0} decompressed bytes: {Message(rc)}");
                if (produced > 0) return produced;
                if (_z->avail_in == 0 && _inputEof && rc == ZOk)
                    throw new IOException($"gzip data ends early after {_produced:N0} decompressed bytes (truncated file{Where()})");
            }
        }
    }

    private string Where() => _path is null ? "" : $" {_path}";

    private string Message(int rc)
    {
        var msg = _z->msg == null ? null : Marshal.PtrToStringAnsi((IntPtr)_z->msg);
        return msg ?? $"zlib error {rc}";
    }

    private void Fill()
    {
        int n = _inner.Read(new Span<byte>(_input, InputSize));
        if (n == 0) _inputEof = true;
        _z->next_in = _input;
        _z->avail_in = (uint)n;
    }

    protected override void Dispose(bool disposing)
    {
        if (!_disposed)
        {
            _disposed = true;
            Zlib.inflateEnd(_z);
            NativeMemory.Free(_z);
            NativeMemory.Free(_input);
            if (disposing) _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    ~GzipReader() => Dispose(false);


    /// <summary>zlib's z_stream (zlib.h), LP64 layout.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ZStream
    {
        public byte* next_in;
        public uint avail_in;
        public nuint total_in;
        public byte* next_out;
        public uint avail_out;
        public nuint total_out;
        public sbyte* msg;
        public IntPtr state, zalloc, zfree, opaque;
        public int data_type;
        public nuint adler, reserved;
    }

    private static class Zlib
    {
        private const string Lib = "libz.so.1";
        [DllImport(Lib)] public static extern int inflateInit2_(ZStream* strm, int windowBits, [MarshalAs(UnmanagedType.LPStr)] string version, int streamSize);
        [DllImport(Lib)] public static extern int inflate(ZStream* strm, int flush);
        [DllImport(Lib)] public static extern int inflateReset(ZStream* strm);
        [DllImport(Lib)] public static extern int inflateEnd(ZStream* strm);
    }
}
