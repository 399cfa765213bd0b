using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>What the pipeline emits per input record, in input order.</summary>
public abstract record ProcessedItem(SourceInfo Source);

public sealed record ProcessedDocument(Document Document) : ProcessedItem(Document.Source);

/// <summary>A record that could not be read or processed; <paramref name="Id"/> is set when the raw input was hashed.</summary>
public sealed record ProcessedError(SourceInfo ErrorSource, string Reason, string? Id = null) : ProcessedItem(ErrorSource);
