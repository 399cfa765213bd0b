namespace Sitrep.Analyse.Attributions;

/// <summary>
/// A stretch of quoted words, marks included: [<see cref="Start"/>, <see cref="End"/>) in UTF-16 indices of the body.
/// <see cref="Depth"/> 0 is an outer quotation, 1 a quotation inside it ("… ‘normal’ opposition …").
/// <see cref="Opened"/>/<see cref="Closed"/> are false when the writer (or the scraper) lost a mark and the
/// quotation was closed at its paragraph's edge instead.
/// </summary>
public readonly record struct Quotation(int Start, int End, int Depth, bool Opened = true, bool Closed = true)
{
    public bool Contains(int index) => index >= Start && index < End;
}
