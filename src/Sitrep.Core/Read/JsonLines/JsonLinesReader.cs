using Sitrep.Documents;
using Sitrep.Read.Decoding;

namespace Sitrep.Read.JsonLines;

/// <summary>
/// Reads JSON Lines line by line without loading the file: each line is one page (see <see cref="JsonLineParser"/>).
/// A bad line (invalid JSON, not an object, no text) is an error naming its line number; the next line is read.
/// A line longer than the document size limit is skipped unbuffered. UTF-16 files are transcoded to UTF-8 first.
/// </summary>
public sealed class JsonLinesReader : IFormatReader
{
    public string Format => Formats.JsonLines;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        var state = new State(stream, input);
        while (state.Next() is { } item) yield return item;
    }

    /// <summary>The per-input cursor; a class so the iterator above stays free of spans and try/catch.</summary>
    private sealed class State(Stream stream, InputContext input)
    {
        private ByteReader? _lines;
        private int _number;
        private bool _done;

        public ReadItem? Next()
        {
            while (!_done)
            {
                try
                {
                    _lines ??= new ByteReader(StreamEncoding.OpenUtf8(stream, out _));
                    int max = (int)Math.Min(input.Options.MaxDocumentBytes, Array.MaxLength - 1);
                    var status = _lines.ReadLine(max, out var line);
                    _number++;
                    switch (status)
                    {
                        case ByteReader.Line.End:
                            _done = true;
                            return null;
                        case ByteReader.Line.TooLong:
                            return new ReadError(input.Source(Formats.JsonLines, null, $"line {_number}"),
                                $"line {_number}: too large: longer than {ByteSize.Limit(input.Options.MaxDocumentBytes)}; skipped");
                    }
                    if (_number == 1 && line.StartsWith("\uFEFF"u8)) line = line[3..];
                    if (JsonLineParser.Parse(line, _number, input) is { } item) return item;
                }
                catch (IOException ex)
                {
                    _done = true;
                    return new ReadError(input.Source(Formats.JsonLines, null, $"line {_number}"), $"line {_number}: cannot read further: {ex.Message}");
                }
            }
            return null;
        }
    }
}
