namespace Sitrep.Documents;

/// <summary>A raw document turned into text: what extraction reads.</summary>
public sealed record DecodedPage(RawDocument Raw, string Content, PayloadKind Kind, string EncodingName, IReadOnlyList<string> Warnings);
