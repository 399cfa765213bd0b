using System.Text;
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

        /// <summary>The XML parser over the right decoding: an XML declaration's encoding is honoured by XmlReader
        /// itself (XML 1.0 §4.3.3); without one, the bytes are sniffed like any text (BOM, UTF-16, UTF-8, cp1251).</summary>
        private XmlReader Open()
        {
            var peekable = stream as PeekableStream ?? new PeekableStream(stream, ownsInner: false);
            var head = peekable.Peek(FormatDetector.HeadSize);
            if (Bom.Detect(head) is null && DeclaresEncoding(head)) return XmlReader.Create(peekable, Settings);
            return XmlReader.Create(StreamEncoding.OpenText(peekable, out _), Settings);
        }

        private static bool DeclaresEncoding(ReadOnlySpan<byte> head)
        {
            var start = head.TrimStart(" \t\r\n"u8);
            if (!start.StartsWith("<?xml"u8)) return false;
            int end = start.IndexOf("?>"u8);
            return end > 0 && start[..end].IndexOf("encoding"u8) >= 0;
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
