using System.Globalization;
using System.Text;

namespace Sitrep.Read.Warc;

/// <summary>What <see cref="WarcRecordParser"/> found next: a record, or a reason why a record could not be framed.</summary>
internal abstract record WarcStep;
internal sealed record WarcRecordStep(WarcRecord Record) : WarcStep;
/// <param name="Fatal">True when reading cannot go on (truncated or unreadable input).</param>
internal sealed record WarcErrorStep(int Number, long Offset, string? Uri, string Reason, bool Fatal) : WarcStep
{
    public string Locator => $"record {Number} at byte {Offset}";
}

/// <summary>
/// Frames WARC records from a forward-only stream (ISO 28500:2017 §4, WARC 1.1; WARC 1.0 has the same framing):
/// version line, named fields, an empty line, a content block of exactly Content-Length bytes, then CRLF CRLF.
/// Only one block is in memory at a time, bounded by the document size limit; larger blocks are skipped unread.
/// A Content-Length that does not match the data is detected from the missing CRLF CRLF (or a next record that
/// does not start with "WARC/"); the parser then re-scans from the start of the block for the next version line,
/// so one bad record costs only itself.
/// </summary>
internal sealed class WarcRecordParser(Stream stream, long maxBlockBytes)
{
    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxFields = 1000;
    /// <summary>A record framed fine but of no interest (an oversized non-page block): read on.</summary>
    private sealed record SkipStep : WarcStep;
    private static readonly WarcStep Skipped = new SkipStep();

    private readonly ByteReader _in = new(stream);
    private int _number;
    private long _offset;
    private string? _uri;
    private bool _stopped;

    /// <summary>The next record or error; null at the end of the input.</summary>
    public WarcStep? Next()
    {
        while (!_stopped)
        {
            WarcStep? step;
            try { step = ReadRecord(); }
            catch (IOException ex) { step = Fatal($"cannot read further: {ex.Message}"); }
            if (step is null) { _stopped = true; return null; }
            if (!ReferenceEquals(step, Skipped)) return step;
        }
        return null;
    }

    private WarcStep? ReadRecord()
    {
        ReadOnlySpan<byte> line;
        ByteReader.Line status;
        do
        {
            _offset = _in.Position;
            status = _in.ReadLine(MaxHeaderLine, out line);
        } while (status == ByteReader.Line.Ok && line.IsEmpty); // stray blank lines between records are harmless
        if (status == ByteReader.Line.End) return null;

        _number++;
        _uri = null;
        if (status == ByteReader.Line.TooLong || !line.StartsWith("WARC/"u8))
        {
            var found = status == ByteReader.Line.TooLong ? "a line over 64 KB" : Quote(line);
            bool more = Resync();
            return Error($"expected a WARC version line (\"WARC/1.1\"), found {found} (junk between records, or the previous record's Content-Length is wrong); "
                + (more ? "skipped to the next record" : "no further record found"));
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastName = null;
        while (true)
        {
            status = _in.ReadLine(MaxHeaderLine, out line);
            if (status == ByteReader.Line.End) return Fatal("the file ends inside the record's header fields (truncated file)");
            if (status == ByteReader.Line.TooLong) return ResyncError("a header field is longer than 64 KB");
            if (line.IsEmpty) break;
            // §4: a field value may continue on lines that start with a space or tab.
            if (line[0] is (byte)' ' or (byte)'\t')
            {
                if (lastName is not null) fields[lastName] += " " + Encoding.UTF8.GetString(line).Trim();
                continue;
            }
            int colon = line.IndexOf((byte)':');
            if (colon <= 0) continue; // not a field: ignored rather than losing the record
            lastName = Encoding.UTF8.GetString(line[..colon]).Trim();
            fields.TryAdd(lastName, Encoding.UTF8.GetString(line[(colon + 1)..]).Trim());
            if (fields.Count > MaxFields) return ResyncError($"more than {MaxFields} header fields");
            if (lastName.Equals("WARC-Target-URI", StringComparison.OrdinalIgnoreCase)) _uri = fields[lastName].Trim('<', '>', ' ');
        }

        if (!fields.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            return ResyncError(lengthText is null ? "no Content-Length field" : $"invalid Content-Length \"{Truncate(lengthText)}\"");

        var type = fields.GetValueOrDefault("WARC-Type");
        bool mayBePage = type is "response" or "resource";
        if (length > maxBlockBytes)
        {
            long skipped = _in.Skip(length);
            if (skipped < length) return Fatal($"the file ends inside the record: Content-Length says {length:N0} bytes, only {skipped:N0} remain (truncated file)");
            if (!ConsumeTrailer()) return ResyncError($"Content-Length {length} is wrong: the block is not followed by CRLF CRLF");
            return mayBePage
                ? Error($"too large: the record's block is {ByteSize.Describe(length)}, over {ByteSize.Limit(maxBlockBytes)} (raise --max-document-mb)")
                : Skipped;
        }

        var block = new byte[length];
        int got = _in.ReadBlock(block);
        if (got < length)
        {
            // Either the file is cut short, or Content-Length is larger than the record: a later record inside tells which.
            _in.Unread(block.AsSpan(0, got));
            if (Resync())
                return Error($"Content-Length {length} is wrong: it runs past the next record (only {got:N0} bytes follow); skipped to the next record");
            return Fatal($"the file ends inside the record: Content-Length says {length:N0} bytes, only {got:N0} remain (truncated file)");
        }
        // A block not followed by CRLF CRLF means Content-Length is wrong. (When CRLF CRLF is there but no
        // "WARC/" follows, the record is kept: the junk after it is reported on its own as the next step.)
        if (!ConsumeTrailer())
        {
            _in.Unread(block);
            bool more = Resync();
            return Error($"Content-Length {length} is wrong: the block is not followed by CRLF CRLF and the next record; "
                + (more ? "skipped to the next record" : "no further record found"));
        }
        return new WarcRecordStep(new WarcRecord(_number, _offset, fields, block));
    }

    /// <summary>Consumes the CRLF CRLF that ends every record (§4); tolerates the input ending right after the block.</summary>
    private bool ConsumeTrailer()
    {
        var next = _in.Peek(4);
        if (next.SequenceEqual("\r\n\r\n"u8)) { _in.Skip(4); return true; }
        if (next.Length < 4 && "\r\n\r\n"u8.StartsWith(next)) { _in.Skip(next.Length); return true; }
        // Hand-made or converted files end records with LF LF; accepted only when a record (or nothing) follows,
        // so a Content-Length that happens to land on a blank line inside a page is still caught.
        if (next.StartsWith("\n\n"u8))
        {
            var after = _in.Peek(7)[2..];
            if (after.IsEmpty || after.StartsWith("WARC/"u8)) { _in.Skip(2); return true; }
        }
        return false;
    }

    /// <summary>Skips to the next line that starts "WARC/1." (or 0.x) and leaves it unread; false at end of input.</summary>
    private bool Resync()
    {
        while (true)
        {
            long before = _in.Position;
            var status = _in.ReadLine(MaxHeaderLine, out var line);
            if (status == ByteReader.Line.End) return false;
            if (status == ByteReader.Line.Ok && (line.StartsWith("WARC/1."u8) || line.StartsWith("WARC/0."u8)))
            {
                int terminator = (int)(_in.Position - before) - line.Length;
                var original = new byte[line.Length + terminator];
                line.CopyTo(original);
                "\r\n"u8[(2 - terminator)..].CopyTo(original.AsSpan(line.Length));
                _in.Unread(original);
                return true;
            }
        }
    }

    private WarcStep ResyncError(string problem)
    {
        bool more = Resync();
        return Error(problem + (more ? "; skipped to the next record" : "; no further record found"));
    }

    private WarcErrorStep Error(string reason) => new(_number, _offset, _uri, reason, false);

    private WarcErrorStep Fatal(string reason)
    {
        _stopped = true;
        return new(Math.Max(_number, 1), _offset, _uri, reason, true);
    }

    private static string Quote(ReadOnlySpan<byte> line) => "\"" + Truncate(Encoding.UTF8.GetString(line[..Math.Min(line.Length, 60)])) + "\"";

    private static string Truncate(string s)
    {
        var clean = new string(s.Select(c => char.IsControl(c) ? '?' : c).Take(40).ToArray());
        return clean.Length < s.Length ? clean + "…" : clean;
    }
}
