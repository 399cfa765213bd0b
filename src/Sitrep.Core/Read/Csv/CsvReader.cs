using Sitrep.Documents;
using Sitrep.Read.Decoding;

namespace Sitrep.Read.Csv;

/// <summary>
/// Reads a CSV (or TSV, semicolon- or pipe-separated) export of articles, one row per page, streaming.
/// The delimiter is guessed from the header line; the text, title, date, outlet and url columns are named by
/// <see cref="ReadOptions.Csv"/> or detected from the header. A bad row is an error naming its row and line; the
/// next row is read. A header without a text column is one error listing the columns.
/// </summary>
public sealed class CsvReader : IFormatReader
{
    public string Format => Formats.Csv;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        var state = new State(stream, input);
        while (state.Next() is { } item) yield return item;
    }

    private sealed class State(Stream stream, InputContext input)
    {
        private CsvRecordReader? _records;
        private CsvColumnMap? _columns;
        private int _headerCount;
        private string _textColumn = "";
        private readonly List<string> _fields = [];
        private int _row;
        private bool _done;

        public ReadItem? Next()
        {
            while (!_done)
            {
                try
                {
                    if (_records is null && Start() is { } startError) { _done = true; return startError; }
                    var result = _records!.Next(_fields);
                    if (result == CsvRecordReader.Result.End) { _done = true; return null; }
                    // Blank lines (one empty field) are spacing, not rows.
                    if (result == CsvRecordReader.Result.Record && _fields.Count == 1 && _fields[0].Length == 0 && _headerCount > 1) continue;
                    _row++;
                    if (ToItem(result) is { } item) return item;
                }
                catch (IOException ex)
                {
                    _done = true;
                    return Error($"cannot read further: {ex.Message}");
                }
            }
            return null;
        }

        /// <summary>Opens the text, guesses the delimiter and reads the header; an error when it is unusable.</summary>
        private ReadError? Start()
        {
            var text = StreamEncoding.OpenText(stream, out _);
            _records = new CsvRecordReader(text, Math.Max(1024, input.Options.MaxDocumentBytes));
            var delimiter = CsvHeader.GuessDelimiter(_records.PeekFirstLine());
            _records.Delimiter = delimiter == '\0' ? ',' : delimiter;
            if (_records.Next(_fields) != CsvRecordReader.Result.Record)
                return new ReadError(input.Source(Formats.Csv), "the CSV file has no header line");
            _headerCount = _fields.Count;
            _columns = CsvColumnMap.Choose(_fields, input.Options.Csv, out var error);
            if (_columns is not null) _textColumn = _fields[_columns.Text].Trim();
            return error is null ? null : new ReadError(input.Source(Formats.Csv), error);
        }

        private ReadItem? ToItem(CsvRecordReader.Result result)
        {
            var c = _columns!;
            if (result == CsvRecordReader.Result.TooLong)
                return Error($"too large: the row is longer than {ByteSize.Limit(input.Options.MaxDocumentBytes)} (or a quote is never closed); skipped");
            if (_records!.Unterminated) return Recover();
            if (_fields.Count != _headerCount)
                return Error($"{_fields.Count} fields, but the header has {_headerCount} (a stray delimiter or quote?)");
            string? Field(int i) => i < 0 || string.IsNullOrWhiteSpace(_fields[i]) ? null : _fields[i].Trim();
            var url = Field(c.Url);
            var text = _fields[c.Text];
            if (string.IsNullOrWhiteSpace(text)) return Error($"the text column \"{_textColumn}\" is empty", url);
            return new ReadDocument(new RawDocument
            {
                Source = input.Source(Formats.Csv, url, Locator),
                Kind = c.TextIsHtml ? PayloadKind.Html : PayloadKind.Text,
                Text = text,
                Hints = new DocumentHints(Url: url, Title: Field(c.Title), Date: Field(c.Date), Outlet: Field(c.Source)).Or(input.Options.Hints),
                Id = ContentHash.Of(string.Join('\u001F', _fields)),
            });
        }

        /// <summary>
        /// A quote that is never closed swallowed the rest of the file into one field. Since no other unpaired quote
        /// followed it, that text holds plain rows: the bad row is reported and reading resumes on the line after it,
        /// as if the stray quote were text.
        /// </summary>
        private ReadError Recover()
        {
            var swallowed = _fields[^1];
            int line = _records!.RecordLine;
            var error = Error("a quoted field is never closed (an unbalanced \"); reading resumes on the next line");
            int nl = swallowed.IndexOf('\n');
            if (nl >= 0)
            {
                int firstLine = line + swallowed.AsSpan(0, nl).Count('\n') + 1 + _fields.Take(_fields.Count - 1).Sum(f => f.AsSpan().Count('\n'));
                _records = new CsvRecordReader(new StringReader(swallowed[(nl + 1)..]), Math.Max(1024, input.Options.MaxDocumentBytes), firstLine)
                {
                    Delimiter = _records.Delimiter,
                };
            }
            return error;
        }

        private string Locator => $"row {_row}";

        private ReadError Error(string reason, string? url = null) =>
            new(input.Source(Formats.Csv, url, Locator), $"row {_row} (line {_records?.RecordLine ?? 0}): {reason}");
    }
}
