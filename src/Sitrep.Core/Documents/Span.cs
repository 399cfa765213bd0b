namespace Sitrep.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 indices into a document's body.
/// The contract speaks code points; <see cref="Output.CodePointIndex"/> converts on output.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public string Of(string text) => text.Substring(Start, End - Start);
}
