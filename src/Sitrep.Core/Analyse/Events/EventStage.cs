using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Analyse.Events;

/// <summary>
/// Fills <c>events</c>: what happened, where, when, to whom, how many, and who says so, one event per sentence that
/// reports one (typed by <see cref="EventTyper"/>), with arguments from that sentence only. A sentence of figures
/// without an event of its own ("The IS lost more than 80 terrorists") adds them to the event told just before; events
/// of one type, day and place told in nearby sentences are one event (ACLED's rule). Runs after entities and places;
/// an empty attributions layer is fine (a small fallback reads "according to" and "said").
/// </summary>
public sealed class EventStage(EventTyper typer, FigureLexicon figures, EventTypeTable types) : IAnalysisStage
{
    /// <summary>How many sentences back an event lends its date and place to a sentence that names none.</summary>
    private const int ContextReach = 3;

    public EventStage() : this(EventTyper.Default, FigureLexicon.Default, EventTypeTable.Default) { }

    public string Name => "events";
    public string Description => "events typed ACLED-style with PLOVER categories: actors, targets, place, date, figures, source, modality; main event first";

    public Document Apply(Document document) => document with { Events = Detect(document) };

    public List<Event> Detect(Document doc)
    {
        var body = doc.Body;
        if (string.IsNullOrWhiteSpace(body)) return [];
        var sentences = SentenceSplitter.Split(body);
        var mainGroup = EventArguments.MainGroup(doc);
        var mainPlace = EventArguments.MainPlace(doc);
        var index = new DocumentIndex(doc);
        var attribution = new EventAttribution(doc, index);
        var drafts = new List<EventDraft>();
        EventDraft? last = null;
        foreach (var sentence in sentences)
        {
            var words = WordSplitter.Split(body, sentence.Span.Start, sentence.Span.End);
            var typed = typer.Type(body, words);
            // Figures matter for an event here, or as the outcome of the event just told.
            var wanted = typed is not null || (last is not null && sentence.Index - last.Sentence.Index <= 2);
            var quantities = wanted && HasNumberish(words) ? QuantityExtractor.Extract(body, words, figures) : [];
            if (typed is null)
            {
                if (last is not null && sentence.Index - last.Sentence.Index <= 2 && quantities.Any(IsOutcome))
                    AddOutcome(index, last, sentence, quantities);
                continue;
            }
            var trigger = new TextSpan(words[typed.TriggerFirst].Start, words[typed.TriggerLast].End);
            var near = last is not null && sentence.Index - last.Sentence.Index <= ContextReach ? last : null;
            var parties = EventArguments.ActorsAndTargets(doc, index, sentence.Span, words, typed.TriggerFirst, typed.TriggerLast, mainGroup);
            var draft = new EventDraft
            {
                Typed = typed, Sentence = sentence, Trigger = trigger,
                Actors = parties.Actors, Targets = parties.Targets, Quantities = quantities,
                Modality = ModalityDetector.Detect(body, words, typed.TriggerFirst, typed.TriggerLast),
                AttributedTo = attribution.For(sentence, sentences, trigger.Start, words),
            };
            var date = EventDateResolver.Resolve(sentence.Text(body), doc.Published, near?.Date);
            draft.DateFromSentence = date is not null;
            draft.Date = date ?? near?.Date ?? ArticleDate(doc.Published);
            var place = EventArguments.PlaceIn(doc, index, sentence.Span, words, typed.TriggerFirst);
            draft.PlaceFromSentence = place is not null;
            draft.Place = place ?? near?.Place ?? mainPlace;
            if (last is not null && SameEvent(last, draft)) Merge(last, draft);
            else { drafts.Add(draft); last = draft; }
        }
        return Rank(doc, drafts).Select(d => d.ToEvent()).ToList();
    }

    private List<EventDraft> Rank(Document doc, List<EventDraft> drafts)
    {
        var titleType = doc.Title is { Length: > 0 } title ? TypeOfTitle(title) : null;
        var repeats = drafts.GroupBy(d => d.Typed.Type).ToDictionary(g => g.Key, g => g.Count());
        foreach (var d in drafts) d.Salience = EventSalience.Score(d, types, titleType, repeats[d.Typed.Type]);
        return drafts.OrderByDescending(d => d.Salience).ThenBy(d => d.Sentence.Index).ToList();
    }

    private string? TypeOfTitle(string title) => typer.Type(title, WordSplitter.Split(title, 0, title.Length))?.Type;

    /// <summary>ACLED: same type, same day, same place is one event; we also ask that the sentences be close.</summary>
    private static bool SameEvent(EventDraft a, EventDraft b) =>
        a.Typed.Type == b.Typed.Type && b.Sentence.Index - a.Sentence.Index <= ContextReach && a.Modality == b.Modality
        && a.Date?.Date == b.Date?.Date && a.Place?.Name == b.Place?.Name && !(a.DateFromSentence && b.DateFromSentence && a.Date?.Text != b.Date?.Text);

    private static void Merge(EventDraft into, EventDraft other)
    {
        foreach (var a in other.Actors) if (!into.Actors.Contains(a)) into.Actors.Add(a);
        foreach (var t in other.Targets) if (!into.Targets.Contains(t) && !into.Actors.Contains(t)) into.Targets.Add(t);
        into.Quantities.AddRange(other.Quantities.Where(q => !into.Quantities.Contains(q)));
        into.AttributedTo ??= other.AttributedTo;
        into.Mentions++;
    }

    private static bool IsOutcome(Quantity q) => q.Kind is "killed" or "wounded" or "destroyed" or "captured" or "displaced";

    /// <summary>"The IS lost more than 80 terrorists, 36 cars …": figures of the event just told, and the group that lost them is its target.</summary>
    private static void AddOutcome(DocumentIndex index, EventDraft last, EventSentence sentence, List<Quantity> quantities)
    {
        last.Quantities.AddRange(quantities.Where(IsOutcome));
        foreach (var e in index.EntitiesIn(sentence.Span))
            if (e.Type == "GROUP" && sentence.Span.Start <= e.Span.Start && e.Span.End <= sentence.Span.End
                && (e.Canonical ?? e.Text) is var name && !last.Targets.Contains(name) && !last.Actors.Contains(name))
                last.Targets.Add(name);
    }

    /// <summary>An event with no date of its own and none nearby happened around the article's date: precision "month" (ACLED time_precision 2, week or month; the contract knows day|month|year).</summary>
    private static EventDate? ArticleDate(PublishedDate? published) =>
        EventDateResolver.ParsePublished(published) is { } d
            ? new EventDate(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "month", null, null,
                "no date in the sentence: the article's date" + (published!.Confidence < EventDateResolver.UncertainBelow ? ", which is uncertain" : ""))
            : null;

    private static bool HasNumberish(Word[] words)
    {
        foreach (var w in words)
            if (w.IsNumber || NumberWords.Vague.ContainsKey(w.Lower) || w.Lower is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
                or "eleven" or "twelve" or "fifteen" or "twenty" or "thirty" or "forty" or "fifty" or "hundred" or "dozen" or "sixty" or "seventy" or "eighty" or "ninety"
                or "thirteen" or "fourteen" or "sixteen" or "seventeen" or "eighteen" or "nineteen")
                return true;
        return false;
    }
}
