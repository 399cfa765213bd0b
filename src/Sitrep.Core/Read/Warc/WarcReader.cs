using Sitrep.Documents;

namespace Sitrep.Read.Warc;

public sealed class WarcReader : IFormatReader
{
    public string Format => Documents.Formats.Warc;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        yield return new ReadError(input.Source(Format), "format not supported yet");
    }
}
