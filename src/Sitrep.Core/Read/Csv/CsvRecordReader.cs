using System.Text;

namespace Sitrep.Read.Csv;

/// <summary>
/// An RFC 4180 record reader over decoded text: fields separated by a delimiter, records by CRLF (or LF or CR),
/// a field in double quotes may hold delimiters, line breaks and doubled quotes (§2.5-2.7).
/// Lenient where real exports are sloppy: a quote inside an unquoted field is literal text, and text after a
/// closing quote is kept. Reads through a fixed buffer; a record is bounded so an unbalanced quote cannot
/// swallow the whole file into memory.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, long maxRecordChars, int firstLine = 1)
{
    public enum Result { Record, End, TooLong }

    private readonly char[] _buf = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _pos, _len;
    private bool _eof;
    private long _recordChars;

    public char Delimiter { get; set; } = ',';

    /// <summary>Physical line (1-based) where the last record returned started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>True when the last record ended inside a quoted field at the end of the input.</summary>
    public bool Unterminated { get; private set; }

    private int _line = firstLine;

    /// <summary>The text of the first line as far as the buffer holds it (for guessing the delimiter).</summary>
    public string PeekFirstLine()
    {
        Fill();
        var span = _buf.AsSpan(_pos, _len - _pos);
        int end = span.IndexOfAny('\r', '\n');
        return new string(end < 0 ? span : span[..end]);
    }

    public Result Next(List<string> fields)
    {
        fields.Clear();
        Unterminated = false;
        _recordChars = 0;
        if (!Fill()) return Result.End;
        RecordLine = _line;
        while (true)
        {
            _field.Clear();
            if (_buf[_pos] == '"')
            {
                _pos++;
                if (!ReadQuoted()) return SkipLongRecord();
                if (Unterminated) { fields.Add(_field.ToString()); return Result.Record; }
            }
            var end = ReadUnquoted();
            if (end == End.TooLong) return SkipLongRecord();
            fields.Add(_field.ToString());
            if (end != End.Delimiter) return Result.Record;
            if (!Fill()) { fields.Add(""); return Result.Record; } // a delimiter right before the end: one more empty field
        }
    }

    private enum End { Delimiter, Newline, Eof, TooLong }

    /// <summary>Reads a quoted field's content after the opening quote; false when the record grows too long.</summary>
    private bool ReadQuoted()
    {
        while (true)
        {
            if (!Fill()) { Unterminated = true; return true; }
            var span = _buf.AsSpan(_pos, _len - _pos);
            int quote = span.IndexOf('"');
            var chunk = quote < 0 ? span : span[..quote];
            _line += chunk.Count('\n');
            if (!Append(chunk)) return false;
            if (quote < 0) continue;
            _pos++; // the quote
            if (Fill() && _buf[_pos] == '"')
            {
                _field.Append('"');
                _pos++;
                continue;
            }
            return true;
        }
    }

    /// <summary>Reads up to the next delimiter or line break (appending to the current field) and consumes it.</summary>
    private End ReadUnquoted()
    {
        while (true)
        {
            if (!Fill()) return End.Eof;
            var span = _buf.AsSpan(_pos, _len - _pos);
            int stop = span.IndexOfAny(Delimiter, '\r', '\n');
            if (!Append(stop < 0 ? span : span[..stop])) return End.TooLong;
            if (stop < 0) continue;
            char c = _buf[_pos++];
            if (c == Delimiter) return End.Delimiter;
            if (c == '\r' && Fill() && _buf[_pos] == '\n') _pos++;
            _line++;
            return End.Newline;
        }
    }

    private bool Append(ReadOnlySpan<char> chunk)
    {
        _pos += chunk.Length;
        _recordChars += chunk.Length;
        if (_recordChars > maxRecordChars) return false;
        _field.Append(chunk);
        return true;
    }

    /// <summary>Drops an over-long record up to the next line break, where reading resumes.</summary>
    private Result SkipLongRecord()
    {
        _field.Clear();
        while (Fill())
        {
            var span = _buf.AsSpan(_pos, _len - _pos);
            int nl = span.IndexOf('\n');
            if (nl >= 0) { _pos += nl + 1; _line++; break; }
            _pos = _len;
        }
        return Result.TooLong;
    }

    private bool Fill()
    {
        if (_pos < _len) return true;
        if (_eof) return false;
        _len = reader.Read(_buf, 0, _buf.Length);
        _pos = 0;
        if (_len == 0) _eof = true;
        return _len > 0;
    }
}
