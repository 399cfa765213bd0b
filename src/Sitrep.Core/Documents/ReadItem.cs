namespace Sitrep.Documents;

/// <summary>What a reader yields: a document to process or an error to report. Nothing is dropped silently.</summary>
public abstract record ReadItem
{
    public abstract SourceInfo Source { get; }
}

public sealed record ReadDocument(RawDocument Document) : ReadItem
{
    public override SourceInfo Source => Document.Source;
}

/// <summary>A clear, specific reason why an input (or one record in it) could not be read.</summary>
public sealed record ReadError(SourceInfo ErrorSource, string Reason) : ReadItem
{
    public override SourceInfo Source => ErrorSource;
}
