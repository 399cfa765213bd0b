using Sitrep.Documents;

namespace Sitrep.Read.JsonLines;

public sealed class JsonLinesReader : IFormatReader
{
    public string Format => Documents.Formats.JsonLines;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        yield return new ReadError(input.Source(Format), "format not supported yet");
    }
}
