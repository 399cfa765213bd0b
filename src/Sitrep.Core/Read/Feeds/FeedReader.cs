using Sitrep.Documents;

namespace Sitrep.Read.Feeds;

public sealed class FeedReader(string format) : IFormatReader
{
    public string Format { get; } = format;

    public IEnumerable<ReadItem> Read(Stream stream, InputContext input)
    {
        yield return new ReadError(input.Source(Format), "format not supported yet");
    }
}
