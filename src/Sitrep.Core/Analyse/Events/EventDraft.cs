using Sitrep.Documents;

namespace Sitrep.Analyse.Events;

/// <summary>An event while the stage still merges and ranks it; <see cref="ToEvent"/> freezes it.</summary>
public sealed class EventDraft
{
    public required TypedSentence Typed { get; init; }
    public required EventSentence Sentence { get; init; }
    public required TextSpan Trigger { get; init; }
    public EventDate? Date { get; set; }
    public bool DateFromSentence { get; set; }
    public PlaceMention? Place { get; set; }
    public bool PlaceFromSentence { get; set; }
    public List<string> Actors { get; init; } = [];
    public List<string> Targets { get; init; } = [];
    public List<Quantity> Quantities { get; init; } = [];
    public string? AttributedTo { get; set; }
    public string Modality { get; set; } = ModalityDetector.Asserted;
    public double Salience { get; set; }
    public int Mentions { get; set; } = 1;

    public Event ToEvent() => new(
        Typed.Type, Typed.Category, Sentence.Span, Date,
        Place is { } p ? new EventPlace(p.Name, p.Lat, p.Lon, p.Country) : null,
        Actors, Targets, Quantities, AttributedTo, Modality, Typed.Subtype, Trigger);
}
