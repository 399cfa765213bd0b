using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Analyse.Events;

/// <summary>
/// Who an event is reported through. The attributions layer decides first: an event whose trigger lies inside an
/// attribution's content is that attribution's claim (the innermost one when claims nest). When the layer is empty or
/// silent, a small fallback reads the sentence itself ("according to X", "X said", "he said" → the last person named)
/// and, for a sentence inside a quotation, the paragraph that introduces it ("According to the Russian Defence
/// Ministry," then the quote; "The statement continued," takes the source of the quote before).
/// </summary>
public sealed partial class EventAttribution
{
    private static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "stated", "states", "told", "reported", "reports", "announced", "announces", "claimed", "claims",
        "added", "confirmed", "noted", "explained", "declared", "insisted", "continued", "wrote", "tweeted",
    }.ToFrozenSet();
    private static readonly FrozenSet<string> Pronouns = new[] { "he", "she" }.ToFrozenSet();
    private static readonly FrozenSet<string> FirstPerson = new[] { "I", "we", "We", "me", "us", "myself", "ourselves" }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\baccording\s+to\s+(?:the\s+)?(?<src>[^,.;:“”""]{2,80})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    private readonly Document _doc;
    private readonly DocumentIndex _index;
    private string? _lastQuoteSource;

    public EventAttribution(Document doc, DocumentIndex index)
    {
        _doc = doc;
        _index = index;
    }

    public string? For(EventSentence sentence, List<EventSentence> all, int triggerPosition, Word[]? words = null)
    {
        if (FromLayer(triggerPosition, sentence.Span) is { } layered) return layered;
        var text = sentence.Span;
        var own = FromText(text, words);
        if (own is not null) return Remember(sentence, own);
        if (sentence.Quote is null) return null;
        var quote = sentence.Quote.Value;
        {
            // The introduction: the sentence right before the quote (the previous paragraph's last, or this paragraph's text before the quote).
            var intro = all.LastOrDefault(s => s.Span.End <= quote.Start);
            if (intro is not null && intro.Index >= sentence.Index - 6)
            {
                var introText = intro.Span.Of(_doc.Body).TrimEnd();
                var src = FromText(intro.Span);
                if (src is null && (introText.EndsWith(',') || introText.EndsWith(':')) && introText.Contains("continued", StringComparison.OrdinalIgnoreCase))
                    src = _lastQuoteSource;
                if (src is not null) return Remember(sentence, src);
            }
            // The sentence after the quote may name the speaker ("…,” he said.)
            var next = all.FirstOrDefault(s => s.Span.Start >= quote.End - 1 && s.Paragraph == sentence.Paragraph);
            if (next is not null && FromText(next.Span) is { } after) return Remember(sentence, after);
        }
        return null;
    }

    private readonly List<string> _sources = [];

    private string Remember(EventSentence s, string source)
    {
        _sources.Add(source);
        if (s.Quote is not null) _lastQuoteSource = source;
        return source;
    }

    private string? FromLayer(int position, TextSpan sentence)
    {
        Attribution? best = null;
        foreach (var a in _doc.Attributions)
        {
            var inside = a.Content.Start <= position && position < a.Content.End
                         || (a.Content.Start <= sentence.Start && sentence.End <= a.Content.End);
            if (!inside) continue;
            if (best is null || a.Content.Length < best.Content.Length) best = a;
        }
        if (best is null) return null;
        var source = best.SourceCanonical ?? best.SourceText ?? (best.Source.IsEmpty || best.Source.End > _doc.Body.Length ? null : best.Source.Of(_doc.Body));
        // "As I have said previously, …": the writer's own claim is the outlet's, not a source's (seed 000 gave "I").
        return source is not null && FirstPerson.Contains(source.Trim()) ? null : source;
    }

    private string? FromText(TextSpan span, Word[]? words = null)
    {
        var body = _doc.Body;
        if (body.AsSpan(span.Start, span.Length).Contains("according", StringComparison.OrdinalIgnoreCase)
            && AccordingTo().Match(span.Of(body)) is { Success: true } according)
        {
            var start = span.Start + according.Groups["src"].Index;
            return EntityAt(start, start + according.Groups["src"].Length) ?? according.Groups["src"].Value.Trim();
        }
        words ??= WordSplitter.Split(body, span.Start, span.End);
        for (var k = 0; k < words.Length; k++)
        {
            if (!SpeechVerbs.Contains(words[k].Lower)) continue;
            // "X said" (the entity ends within two words before the verb) or "said X".
            if (k > 0 && Pronouns.Contains(words[k - 1].Lower)) return LastPersonBefore(words[k - 1].Start);
            var subject = EntityEndingNear(words[k].Start, span.Start) ?? EntityStartingNear(words[k].End, span.End);
            if (subject is not null) return subject;
        }
        return null;
    }

    private string? EntityAt(int start, int end) =>
        _index.EntitiesIn(new TextSpan(start, end)).Where(e => e.Span.Start >= start && e.Span.End <= end && e.Type is "ORG" or "PERSON" or "GROUP" or "GPE")
            .OrderByDescending(e => e.Span.Length).Select(e => e.Canonical ?? e.Text).FirstOrDefault();

    private string? EntityEndingNear(int verbStart, int limit) =>
        _index.EntitiesIn(new TextSpan(Math.Max(limit, verbStart - 120), verbStart)).Where(e => e.Span.End <= verbStart && e.Span.End >= verbStart - 24 && e.Span.Start >= limit && e.Type is "ORG" or "PERSON" or "GROUP")
            .OrderByDescending(e => e.Span.End).ThenByDescending(e => e.Span.Length).Select(e => e.Canonical ?? e.Text).FirstOrDefault();

    private string? EntityStartingNear(int verbEnd, int limit) =>
        _index.EntitiesIn(new TextSpan(verbEnd, Math.Min(limit, verbEnd + 7))).Where(e => e.Span.Start >= verbEnd && e.Span.Start <= verbEnd + 6 && e.Span.End <= limit && e.Type is "ORG" or "PERSON" or "GROUP")
            .OrderBy(e => e.Span.Start).ThenByDescending(e => e.Span.Length).Select(e => e.Canonical ?? e.Text).FirstOrDefault();

    /// <summary>"he said": the last person already heard as a source, else the last person named.</summary>
    private string? LastPersonBefore(int position)
    {
        var persons = _doc.Entities.Where(e => e.Type == "PERSON" && e.Span.End <= position && !e.Text.Any(char.IsDigit)).Select(e => e.Canonical ?? e.Text).ToHashSet();
        for (var i = _sources.Count - 1; i >= 0; i--) if (persons.Contains(_sources[i])) return _sources[i];
        return LastNamedPerson(position);
    }

    private string? LastNamedPerson(int position) =>
        _doc.Entities.Where(e => e.Type == "PERSON" && e.Span.End <= position && !e.Text.Any(char.IsDigit)).Select(e => e.Canonical ?? e.Text).LastOrDefault();
}
