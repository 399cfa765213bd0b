using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Documents;
using Sitrep.Read.Decoding;
using Sitrep.Read.Detection;

namespace Sitrep.Read.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 (RFC 4287) feeds with a streaming <see cref="XmlReader"/>:
/// one item or entry is in memory at a time. DTDs are ignored and no resolver is set, so external entities
/// (XXE) and entity expansion bombs do nothing. Malformed XML is an error with its line and position;
/// the items read before it are kept.
/// </summary>
public sealed class FeedReader(string format) : IFormatReader
{
    public string Format { get; } = format;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        var state = new State(stream, input, Format);
        while (state.Next() is { } item) yield return item;
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CheckCharacters = false, // feeds often carry stray control characters; they are not worth losing an item
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };

    private sealed class State(Stream stream, InputContext input, string format)
    {
        private XmlReader? _xml;
        private readonly string?[] _path = new string?[64];
        private string? _outlet;
        private int _items;
        private bool _done, _positioned;

        public ReadItem? Next()
        {
            while (!_done)
            {
                try
                {
                    _xml ??= Open();
                    if (!_positioned && !_xml.Read()) { _done = true; return null; }
                    _positioned = false;
                    if (_xml.NodeType != XmlNodeType.Element) continue;
                    int depth = _xml.Depth;
                    var name = _xml.LocalName;
                    if (depth < _path.Length) _path[depth] = name;
                    var parent = depth > 0 && depth - 1 < _path.Length ? _path[depth - 1] : null;
                    if (name is "item" or "entry")
                    {
                        var element = (XElement)XNode.ReadFrom(_xml);
                        _positioned = true; // ReadFrom leaves the reader on the node after the element
                        _items++;
                        return FeedItem.ToItem(element, _items, _outlet, input, format);
                    }
                    if (name == "title" && parent is "channel" or "feed" && _outlet is null)
                    {
                        _outlet = Clean(((XElement)XNode.ReadFrom(_xml)).Value);
                        _positioned = true;
                    }
                }
                catch (XmlException ex)
                {
                    _done = true;
                    return new ReadError(input.Source(format), $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {Message(ex)}; "
                        + (_items == 0 ? "no items were read" : $"the {_items} item(s) before it were read"));
                }
                catch (IOException ex)
                {
                    _done = true;
                    return new ReadError(input.Source(format), $"cannot read further after {_items} item(s): {ex.Message}");
                }
            }
            return null;
        }

        /// <summary>The XML parser over the right decoding. A single-byte encoding named in the XML declaration
        /// (XML 1.0 §4.3.3) is honoured unless the bytes are valid non-ASCII UTF-8 (a re-saved file); otherwise the bytes
        /// are sniffed like any text (BOM, UTF-16, UTF-8, cp1251 versus windows-1252). Entities are repaired on the way.</summary>
        private XmlReader Open()
        {
            var peekable = stream as PeekableStream ?? new PeekableStream(stream, ownsInner: false);
            var head = peekable.Peek(FormatDetector.HeadSize);
            TextReader text;
            if (Bom.Detect(head) is null && DeclaredEncoding(head) is { } name && TextDecoder.Resolve(name) is { IsSingleByte: true } declared
                && !(System.Text.Unicode.Utf8.IsValid(head[..TextDecoder.Utf8Boundary(head)]) && !System.Text.Ascii.IsValid(head)))
                text = new StreamReader(peekable, declared, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
            else
                text = StreamEncoding.OpenText(peekable, out _);
            return XmlReader.Create(new EntityRepairingReader(text), Settings);
        }

        private static string? DeclaredEncoding(ReadOnlySpan<byte> head)
        {
            var start = head.TrimStart(" \t\r\n"u8);
            if (!start.StartsWith("<?xml"u8)) return null;
            int end = start.IndexOf("?>"u8);
            if (end < 0) return null;
            var m = Regex.Match(Encoding.ASCII.GetString(start[..end]), @"encoding\s*=\s*[""']([A-Za-z0-9._:\-]+)[""']");
            return m.Success ? m.Groups[1].Value : null;
        }

        private static string Message(XmlException ex)
        {
            var m = ex.Message;
            int cut = m.IndexOf(" Line ", StringComparison.Ordinal);
            return (cut > 0 ? m[..cut] : m).TrimEnd('.', ' ', ',');
        }

        private static string? Clean(string s) => string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    static FeedReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
