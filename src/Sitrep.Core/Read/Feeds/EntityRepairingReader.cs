using System.Globalization;
using System.Net;
using System.Text;

namespace Sitrep.Read.Feeds;

/// <summary>
/// Repairs the most common way feeds break XML: HTML entities that XML does not define (&amp;nbsp;, &amp;mdash;,
/// &amp;eacute;) and bare ampersands ("AT&amp;T", query strings in links). XML 1.0 §4.1 knows only amp, lt, gt,
/// quot and apos, so one &amp;nbsp; would end the feed with an error. Known HTML entities become numeric
/// character references, anything else gets its ampersand escaped. CDATA sections and comments pass untouched.
/// Works on the decoded text as it streams, carrying an undecided tail (an entity cut by the buffer) forward.
/// </summary>
internal sealed class EntityRepairingReader(TextReader inner) : TextReader
{
    private const int MaxEntityName = 32;
    private readonly char[] _in = new char[1 << 16];
    private int _inStart, _inEnd;
    private bool _eof;
    private readonly StringBuilder _out = new();
    private int _outPos;
    private State _state;

    private enum State { Text, CData, Comment }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> destination)
    {
        if (destination.IsEmpty) return 0;
        while (_outPos >= _out.Length)
        {
            _out.Clear();
            _outPos = 0;
            if (!Process()) return 0;
        }
        int n = Math.Min(destination.Length, _out.Length - _outPos);
        _out.CopyTo(_outPos, destination, n);
        _outPos += n;
        return n;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => -1; // XmlReader does not need it; -1 means "cannot peek", which TextReader allows

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Reads more input and appends its repaired form to the output; false at the end.</summary>
    private bool Process()
    {
        if (_inStart > 0)
        {
            Array.Copy(_in, _inStart, _in, 0, _inEnd - _inStart);
            _inEnd -= _inStart;
            _inStart = 0;
        }
        if (!_eof)
        {
            int n = inner.Read(_in, _inEnd, _in.Length - _inEnd);
            if (n == 0) _eof = true;
            _inEnd += n;
        }
        if (_inStart == _inEnd) return false;
        while (_inStart < _inEnd)
        {
            var rest = _in.AsSpan(_inStart, _inEnd - _inStart);
            switch (_state)
            {
                case State.CData:
                    if (!CopyThrough(rest, "]]>")) return true;
                    _state = State.Text;
                    continue;
                case State.Comment:
                    if (!CopyThrough(rest, "-->")) return true;
                    _state = State.Text;
                    continue;
            }
            int special = rest.IndexOfAny('&', '<');
            if (special < 0) { Emit(rest); continue; }
            Emit(rest[..special]);
            rest = rest[special..];
            if (rest[0] == '<')
            {
                if (!_eof && rest.Length < 9 && ("<![CDATA[".AsSpan().StartsWith(rest) || "<!--".AsSpan().StartsWith(rest))) return true; // undecided: wait for more
                if (rest.StartsWith("<![CDATA[")) { Emit(rest[..9]); _state = State.CData; }
                else if (rest.StartsWith("<!--")) { Emit(rest[..4]); _state = State.Comment; }
                else Emit(rest[..1]);
                continue;
            }
            if (!RepairEntity(rest)) return true;
        }
        return true;
    }

    /// <summary>Handles the '&amp;' at the start of <paramref name="rest"/>; false when the buffer ends before it is decided.</summary>
    private bool RepairEntity(ReadOnlySpan<char> rest)
    {
        int i = 1;
        while (i < rest.Length && i <= MaxEntityName && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] == '#')) i++;
        if (i == rest.Length && !_eof) return false; // cut by the buffer: decide when more text is in
        if (i > 1 && i < rest.Length && rest[i] == ';')
        {
            var name = rest[1..i];
            if (name[0] == '#' || name is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                Emit(rest[..(i + 1)]);
                return true;
            }
            var entity = rest[..(i + 1)].ToString();
            var decoded = WebUtility.HtmlDecode(entity);
            if (decoded != entity)
            {
                foreach (var rune in decoded.EnumerateRunes())
                    _out.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
                _inStart += i + 1;
                return true;
            }
        }
        // A bare ampersand or a name HTML does not know either: escape the ampersand, keep the rest as text.
        _out.Append("&amp;");
        _inStart += 1;
        return true;
    }

    /// <summary>Copies up to and including <paramref name="terminator"/>; false (after copying what is safe) when it is not in the buffer yet.</summary>
    private bool CopyThrough(ReadOnlySpan<char> rest, string terminator)
    {
        int end = rest.IndexOf(terminator);
        if (end >= 0)
        {
            Emit(rest[..(end + terminator.Length)]);
            return true;
        }
        // Keep the last characters back: the terminator may be cut by the buffer.
        int keep = _eof ? 0 : Math.Min(rest.Length, terminator.Length - 1);
        Emit(rest[..^keep]);
        return false;
    }

    private void Emit(ReadOnlySpan<char> chars)
    {
        _out.Append(chars);
        _inStart += chars.Length;
    }
}
