using Sitrep.Documents;

namespace Sitrep.Read.Csv;

public sealed class CsvReader : IFormatReader
{
    public string Format => Documents.Formats.Csv;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        yield return new ReadError(input.Source(Format), "format not supported yet");
    }
}
