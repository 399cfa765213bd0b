namespace Sitrep.Analyse.Events;

/// <summary>
/// Orders a document's events so the first is its main event: what the lead tells (news puts it first) and the
/// title names, what is violent and specific rather than said, what comes with figures, what the story returns to;
/// a hypothetical, future or negated event is not the main fact.
/// </summary>
public static class EventSalience
{
    public static double Score(EventDraft e, EventTypeTable types, string? titleType, int typeRepeats)
    {
        var s = Math.Min(e.Typed.Score, 14) + types[e.Typed.Type].Rank;
        s += e.Sentence.Index switch { 0 => 4, 1 => 2, 2 => 1, _ => 0 };
        if (titleType == e.Typed.Type) s += 3;
        s += Math.Min(3, e.Quantities.Count(q => q.Kind is "killed" or "wounded" or "destroyed" or "captured" or "displaced"));
        s += Math.Min(3, typeRepeats - 1) + Math.Min(2, e.Mentions - 1);
        if (e.Modality != ModalityDetector.Asserted) s -= 8;
        return s;
    }
}
