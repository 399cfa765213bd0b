using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Documents;
using Sitrep.Knowledge;
using Sitrep.Pipeline;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Fills <c>attributions</c>: every direct quotation, paraphrase and "according to" claim of the body, with its cue,
/// the textual mention of its source nearest the cue (often a pronoun), the entity that mention refers to
/// (<c>source_canonical</c>, from the entities layer) and, when an outlet carried the words, that outlet (<c>via</c>).
/// Runs after the entities and places stages. Steps: quotations (<see cref="QuoteScanner"/>), words
/// (<see cref="WordSplitter"/>), reporting units (<see cref="Units"/>), candidates per cue (<see cref="CandidateReader"/>),
/// speakers (<see cref="SpeakerResolver"/>), overlaps (<see cref="ConflictResolver"/>), then the document structures
/// no sentence shows — transcript turns (<see cref="SpeakerTurns"/>) and dash-signed quotations (<see cref="DashSignatures"/>) —
/// and carriers (<see cref="Carriers"/>).
/// With a trained <see cref="AttributionModel"/> (the default constructor takes the one <see cref="ModelSetting"/> names),
/// learned attributions then fill the rules' gaps (<see cref="LearnedAttributions"/>); without one, the rules alone.
/// </summary>
public sealed class AttributionStage : IAnalysisStage
{
    private readonly CueLexicon _cues;
    private readonly CandidateReader _reader;
    private readonly SpeakerResolver _speakers;
    private readonly LearnedAttributions? _learned;
    private readonly Phrases _phrases;
    private readonly SourceWords _sourceWords;

    public AttributionStage(CueLexicon cues, SourceWords sourceWords, ActorKnowledgeBase kb, Gazetteer gazetteer, AttributionModel? model = null)
    {
        var phrases = new Phrases(sourceWords);
        _phrases = phrases;
        _sourceWords = sourceWords;
        _cues = cues;
        _reader = new CandidateReader(cues, phrases);
        _speakers = new SpeakerResolver(kb, sourceWords, gazetteer);
        // The learned part finds and resolves its sources with the rules' own reader and resolver.
        _learned = model is null ? null : new LearnedAttributions(model, cues, phrases, _reader, _speakers);
    }

    public AttributionStage() : this(ModelSetting.Default) { }

    /// <summary>The default knowledge, with <paramref name="model"/> (null: the rules alone).</summary>
    public AttributionStage(AttributionModel? model) : this(CueLexicon.Default, SourceWords.Default, ActorTableReader.Default, GazetteerLoader.Default, model) { }

    public string Name => "attributions";
    public string Description => "who said what: quotations, paraphrases and \"according to\" claims with their speakers resolved to entities";

    public Document Apply(Document document) => document with { Attributions = Read(document.Body, document.Entities) };

    public List<Attribution> Read(string body, IReadOnlyList<EntityMention> entities)
    {
        if (string.IsNullOrEmpty(body)) return [];
        var quotes = QuoteScanner.Outer(body);
        var words = WordSplitter.Split(body, quotes);
        var paragraphs = ParagraphIndex(words);
        var sorted = entities.Count < 2 || IsSorted(entities) ? entities : entities.OrderBy(e => e.Span.Start).ToList();
        var readings = new List<Reading>();
        var units = Units.Split(words, _cues);
        var lastQuoted = (Reading?)null;
        (Speaker Speaker, int Paragraph)? lastPerson = null, lastBody = null;
        (string Head, Speaker Speaker, int Paragraph)? lastRole = null;
        foreach (var unit in units)
        {
            var candidates = _reader.Read(body, words, unit);
            if (candidates.Count == 0)
            {
                lastQuoted = Continue(lastQuoted, unit, words, quotes, paragraphs, readings);
                continue;
            }
            var inUnit = new List<Reading>(candidates.Count);
            foreach (var raw in candidates)
            {
                var c = WithOffsets(raw, words);
                var speaker = c.InheritedFrom is { } parent
                    ? inUnit.FirstOrDefault(r => r.Candidate.CueFirst == parent.CueFirst)?.Speaker ?? _speakers.Resolve(body, words, c.SourceFirst, c.SourceEnd, sorted, quotes)
                    : _speakers.Resolve(body, words, c.SourceFirst, c.SourceEnd, sorted, quotes);
                // "he added": news prose keeps the last person quoted as the "he" of the next quotes, even when
                // another person (or a ship named after one) was mentioned in between.
                if (c.InheritedFrom is null && c.SourceEnd - c.SourceFirst == 1 && words[c.SourceFirst].Lower is "he" or "she"
                    && lastPerson is { } lp && paragraphs[c.CueFirst] - lp.Paragraph <= 2)
                    speaker = lp.Speaker;
                // "The statement continued", "the ministry said": a document or body named by its kind alone is the
                // body quoted last, when one was quoted in the last paragraphs.
                if (c.InheritedFrom is null && c.SourceEnd - c.SourceFirst == 2 && words[c.SourceFirst].Lower is "the" or "this"
                    && words[c.SourceFirst + 1].Lower is "statement" or "report" or "ministry" or "communique" or "release"
                    && lastBody is { } lb && paragraphs[c.CueFirst] - lb.Paragraph <= 3)
                    speaker = lb.Speaker;
                // "According to SANA reporter, … the reporter pointed out": the same role again is the same speaker.
                if (c.InheritedFrom is null && c.SourceEnd - c.SourceFirst == 2 && words[c.SourceFirst].Lower == "the"
                    && lastRole is { } lr && words[c.SourceFirst + 1].Lower == lr.Head && paragraphs[c.CueFirst] - lr.Paragraph <= 3)
                    speaker = lr.Speaker;
                // "It was announced that …": an agentless passive hides who said it.
                if (!c.HasSource && c.Kind == CueKind.Passive) speaker = Speaker.Anonymous;
                var reading = new Reading(c, speaker, paragraphs[c.CueFirst]);
                if (c.ViaFirst >= 0) reading.Via = Carriers.Outlet(body, words, c.ViaFirst, c.ViaEnd, sorted, _speakers);
                if (reading.Via is null && c.HasSource && OpeningOutlet.Find(words, unit, c.SourceFirst) is (>= 0, var oe) opening)
                    reading.Via = Carriers.Outlet(body, words, opening.First, oe, sorted, _speakers);
                inUnit.Add(reading);
            }
            var settled = ConflictResolver.Resolve(body, inUnit, quotes);
            readings.AddRange(settled);
            foreach (var r in settled)
                if (r.Speaker is { Type: "person", Canonical: not null }) lastPerson = (r.Speaker, r.Paragraph);
                else if (UnnamedSomeone(words, r))
                {
                    lastPerson = (r.Speaker, r.Paragraph);
                    lastRole = (words[r.Candidate.SourceEnd - 1].Lower, r.Speaker, r.Paragraph);
                }
                else if (r.Speaker is { Type: "government" or "organization", Canonical: not null }) lastBody = (r.Speaker, r.Paragraph);
            lastQuoted = ReferentParticiples.ContinuedBy(settled, words);
        }
        AddSpeakerTurns(body, words, quotes, paragraphs, sorted, readings);
        AddDashSignatures(body, words, quotes, paragraphs, sorted, readings);
        Carriers.Assign(body, readings);
        foreach (var r in readings) r.Via ??= r.Relay;
        var result = new List<Attribution>(readings.Count);
        foreach (var r in readings) result.Add(ToAttribution(body, r, quotes));
        _learned?.AddTo(result, body, words, quotes, units, sorted);
        SplitCoordinated(body, words, quotes, sorted, result);
        return result;
    }

    /// <summary>Rule "he is the unnamed one": "the AFP correspondent said … He saw a young girl dead at a hospital" — a
    /// singular person the text does not name ("a witness", "one resident", "the AFP correspondent", who speaks for AFP) is
    /// the "he" of the next quotes, not the person named before him (FA-KES: "He" went to Staffan de Mistura).</summary>
    private bool UnnamedSomeone(Word[] words, Reading r)
    {
        var c = r.Candidate;
        if (r.Speaker.Canonical is not null && r.Speaker.Type == "person" || !c.HasSource || c.SourceEnd - c.SourceFirst < 2) return false;
        var head = words[c.SourceEnd - 1].Lower;
        return _sourceWords.Is("person-role", head) || head is "witness" or "resident" or "source" or "official" or "activist" or "diplomat" or "aide" or "insider";
    }

    /// <summary>One attribution per speaker of a source that joins names (<see cref="CoordinatedSpeakers"/>): "Russia and
    /// Iran said" is said by Russia and by Iran. Each keeps the reading's content, cue and carrier.</summary>
    private void SplitCoordinated(string body, Word[] words, IReadOnlyList<Quotation> quotes, IReadOnlyList<EntityMention> entities, List<Attribution> result)
    {
        if (entities.Count < 2) return;
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var a = result[i];
            if (a.Source.IsEmpty) continue;
            var first = Word.FirstEndingAfter(words, a.Source.Start);
            var end = first;
            while (end < words.Length && words[end].End <= a.Source.End) end++;
            if (CoordinatedSpeakers.Conjuncts(words, first, end, entities, _speakers, _phrases) is not { } parts) continue;
            var speakers = parts.ConvertAll(p => _speakers.Resolve(body, words, p.First, p.End, entities, quotes));
            if (speakers.Exists(s => s.Canonical is null || s.Type is "anonymous" or "unknown") || speakers.Select(s => s.Canonical).Distinct().Count() < 2) continue;
            result.RemoveAt(i);
            result.InsertRange(i, parts.Select((p, j) => a with
            {
                Source = new TextSpan(words[p.First].Start, words[p.End - 1].End), SourceCanonical = speakers[j].Canonical, SourceType = speakers[j].Type,
            }));
        }
    }

    /// <summary>Adds the quotations signed by a dash line (<see cref="DashSignatures"/>) that no reading holds yet.</summary>
    private void AddDashSignatures(string body, Word[] words, IReadOnlyList<Quotation> quotes, int[] paragraphs,
        IReadOnlyList<EntityMention> entities, List<Reading> readings)
    {
        var added = false;
        foreach (var (dash, first, end, q) in DashSignatures.Find(words, quotes))
        {
            if (readings.Exists(r => r.ContentStart < q.End && q.Start < r.ContentEnd)) continue;
            var c = WithOffsets(new Candidate(CueKind.Speech, 3, dash, dash + 1, first, end, q.Start, q.End, ContentBefore: true), words);
            readings.Add(new Reading(c, _speakers.Resolve(body, words, first, end, entities, quotes), paragraphs[dash]));
            added = true;
        }
        if (added) SortByCue(readings);
    }

    /// <summary>Gives every turn of a transcript (<see cref="SpeakerTurns"/>) its own reading. A reading whose cue lies before
    /// a turn ("The exchange went as follows:") loses what it claimed of the turn; readings inside a turn stay (PolNeAR
    /// annotates "told" in an answer as an attribution of its own).</summary>
    private void AddSpeakerTurns(string body, Word[] words, IReadOnlyList<Quotation> quotes, int[] paragraphs,
        IReadOnlyList<EntityMention> entities, List<Reading> readings)
    {
        var turns = SpeakerTurns.Find(body, words);
        if (turns.Count == 0) return;
        foreach (var t in turns)
        {
            int start = words[t.ContentFirst].Start, end = words[t.ContentEnd - 1].End, labelStart = words[t.LabelFirst].Start;
            if (readings.Exists(r => r.Candidate.CueFirst == t.Colon)) continue;
            for (var k = readings.Count - 1; k >= 0; k--)
            {
                var r = readings[k];
                if (r.Candidate.CueStartChar >= labelStart || r.ContentEnd <= labelStart || r.ContentStart >= end) continue;
                var kept = TrimEnd(body, r.ContentStart, labelStart);
                if (r.ContentStart < labelStart && kept - r.ContentStart > 1) r.Candidate = r.Candidate with { ContentEnd = kept };
                else readings.RemoveAt(k);
            }
            var c = WithOffsets(new Candidate(CueKind.Speech, 3, t.Colon, t.Colon + 1, t.LabelFirst, t.Colon, start, end, ContentBefore: false), words);
            readings.Add(new Reading(c, _speakers.Resolve(body, words, t.LabelFirst, t.Colon, entities, quotes), paragraphs[t.Colon]));
        }
        SortByCue(readings);
    }

    private static int TrimEnd(string body, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(body[end - 1]) || body[end - 1] is ':' or ',' or ';')) end--;
        return end;
    }

    private static void SortByCue(List<Reading> readings)
    {
        var sorted = readings.OrderBy(r => r.Paragraph).ThenBy(r => r.Candidate.CueStartChar).ToList();
        readings.Clear();
        readings.AddRange(sorted);
    }

    /// <summary>
    /// "“A,” Sanders said. “B.”" / "Kerry said that 100,000 would be accepted. “That adds up …”": a quotation standing
    /// alone right after an attribution, in the same paragraph, continues what the same speaker said; the content runs on to its end.
    /// Rule "long interruption": "''A,'' said David Autor, an economist at the institute and one of the paper's
    /// authors. ''B.''" — when the words between the two quotations outweigh the quotations, one content running over
    /// them would hold mostly the writer's narration (train: such contents missed the discontinuous gold A + B), so B
    /// becomes an attribution of its own, with the same cue and speaker.
    /// </summary>
    private static Reading? Continue(Reading? last, Unit unit, Word[] words, IReadOnlyList<Quotation> quotes, int[] paragraphs, List<Reading> readings)
    {
        if (last is null) return null;
        var first = words[unit.First];
        if (first.Quote < 0 || quotes[first.Quote].Start != first.Start || !Clauses.QuoteContinuation.Continues(words, unit, paragraphs, last.Paragraph, last.ContentEnd)) return null;
        var q = quotes[first.Quote];
        for (var k = unit.First; k < unit.End; k++)
            if (words[k].IsWord && words[k].Quote != first.Quote) return null;       // more than a quotation
        var interruption = q.Start - last.ContentEnd;
        if (interruption > last.ContentEnd - last.ContentStart + q.End - q.Start)
        {
            var own = new Reading(last.Candidate with { ContentStart = q.Start, ContentEnd = q.End }, last.Speaker, last.Paragraph) { Via = last.Via };
            readings.Add(own);
            return own;
        }
        last.Candidate = last.Candidate with { ContentEnd = Math.Max(last.ContentEnd, q.End) };
        return last;
    }

    private static Candidate WithOffsets(Candidate c, Word[] w) => c with
    {
        CueStartChar = w[c.CueFirst].Start,
        CueEndChar = w[c.CueEnd - 1].End,
        SourceStartChar = c.HasSource ? w[c.SourceFirst].Start : -1,
        SourceEndChar = c.HasSource ? w[c.SourceEnd - 1].End : -1,
    };

    private static Attribution ToAttribution(string body, Reading r, IReadOnlyList<Quotation> quotes)
    {
        var c = r.Candidate;
        var content = new TextSpan(c.ContentStart, c.ContentEnd);
        var kind = c.Kind == CueKind.According ? "according_to" : KindOf(WithoutComplementiser(body, content), quotes);
        var source = c.HasSource ? new TextSpan(c.SourceStartChar, c.SourceEndChar) : new TextSpan(c.CueStartChar, c.CueStartChar);
        return new Attribution(kind, content, new TextSpan(c.CueStartChar, c.CueEndChar), source,
            r.Speaker.Canonical, r.Speaker.Type, Via: r.Via);
    }

    /// <summary>"that “we have long agreed on that.”" is still a direct quote: the complementiser the content keeps is not
    /// the writer's own wording.</summary>
    private static TextSpan WithoutComplementiser(string body, TextSpan content) =>
        content.Length > 5 && string.CompareOrdinal(body, content.Start, "that ", 0, 5) == 0 ? new TextSpan(content.Start + 5, content.End) : content;

    /// <summary>direct: the content is one quotation; mixed: it holds quoted words among the writer's own; indirect: no quotation.</summary>
    private static string KindOf(TextSpan content, IReadOnlyList<Quotation> quotes)
    {
        var quoted = 0;
        foreach (var q in quotes)
        {
            if (q.Start >= content.End) break;
            if (q.End <= content.Start) continue;
            quoted += Math.Min(q.End, content.End) - Math.Max(q.Start, content.Start);
        }
        if (quoted == 0) return "indirect";
        return quoted >= content.Length - 2 ? "direct" : "mixed";
    }

    private static int[] ParagraphIndex(Word[] words)
    {
        var index = new int[words.Length];
        var p = 0;
        for (var k = 0; k < words.Length; k++)
        {
            if (words[k].IsBreak && words[k].Quote < 0) p++;
            index[k] = p;
        }
        return index;
    }

    private static bool IsSorted(IReadOnlyList<EntityMention> entities)
    {
        for (var k = 1; k < entities.Count; k++) if (entities[k].Span.Start < entities[k - 1].Span.Start) return false;
        return true;
    }
}
