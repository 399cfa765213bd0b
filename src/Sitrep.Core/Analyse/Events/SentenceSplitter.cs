using System.Collections.Frozen;
using Sitrep.Documents;

namespace Sitrep.Analyse.Events;

/// <summary>
/// Splits a body into sentences for event reading. The entity tokenizer marks sentence starts per token for name
/// detection (it also breaks at ':' and ';'), but events need whole sentences with spans, paragraphs and quotes, so
/// this is its own small splitter: a sentence ends at '.', '!' or '?' followed by a space and a capital, digit or
/// opening quote, and at every paragraph break; a dot after a title or abbreviation ("Lt.", "Gen.", "U.S.") or an
/// initial does not end it.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "mt", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "brig", "pvt", "gov",
        "sen", "rep", "rev", "prof", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "d.c", "inc", "corp", "co", "ltd", "approx", "est", "fig",
    }.ToFrozenSet();

    public static List<EventSentence> Split(string body)
    {
        var sentences = new List<EventSentence>();
        var paragraph = 0;
        var pos = 0;
        while (pos < body.Length)
        {
            var paraEnd = body.IndexOf("\n\n", pos, StringComparison.Ordinal);
            if (paraEnd < 0) paraEnd = body.Length;
            SplitParagraph(body, pos, paraEnd, paragraph, sentences);
            paragraph++;
            pos = paraEnd + 2;
        }
        return sentences;
    }

    private static void SplitParagraph(string body, int start, int end, int paragraph, List<EventSentence> into)
    {
        var quotes = QuoteSpans(body, start, end);
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = body[i];
            var isEnd = c == '\n' || (c is '.' or '!' or '?' && EndsSentence(body, i, end));
            if (!isEnd) continue;
            var stop = i + 1;
            while (stop < end && body[stop] is '"' or '”' or '’' or '\'' or ')') stop++;   // closing quote belongs to the sentence
            Add(body, s, stop, paragraph, quotes, into);
            s = stop;
            i = stop - 1;
        }
        Add(body, s, end, paragraph, quotes, into);
    }

    private static void Add(string body, int start, int end, int paragraph, List<TextSpan> quotes, List<EventSentence> into)
    {
        while (start < end && char.IsWhiteSpace(body[start])) start++;
        while (end > start && char.IsWhiteSpace(body[end - 1])) end--;
        if (end - start < 3) return;
        var span = new TextSpan(start, end);
        TextSpan? quote = null;
        foreach (var q in quotes)
            if (q.Start <= start + 1 && q.End >= end - 1) { quote = q; break; }
        into.Add(new EventSentence(span, into.Count, paragraph, quote));
    }

    private static bool EndsSentence(string body, int i, int end)
    {
        var next = i + 1;
        while (next < end && body[next] is '"' or '”' or '’' or '\'' or ')') next++;
        if (next >= end) return true;
        if (!char.IsWhiteSpace(body[next])) return false;                 // "3.5", "U.S.A", "…com"
        while (next < end && char.IsWhiteSpace(body[next])) next++;
        if (next >= end) return true;
        var after = body[next];
        if (!(char.IsUpper(after) || char.IsDigit(after) || after is '"' or '“' or '‘' or '\'' or '(' or '[')) return false;
        if (body[i] != '.') return true;
        var w = i;
        while (w > 0 && (char.IsLetter(body[w - 1]) || body[w - 1] == '.')) w--;
        var word = body[w..i].ToLowerInvariant();
        if (Abbreviations.Contains(word)) return false;
        return !(word.Length == 1 && char.IsUpper(body[w]));              // an initial: "Kijuan D. McDonald"
    }

    /// <summary>Spans of quoted passages in a paragraph (curly or straight double quotes). An unclosed opening quote runs
    /// to the paragraph's end: scraped quotes often close only in the next paragraph.</summary>
    private static List<TextSpan> QuoteSpans(string body, int start, int end)
    {
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = body[i];
            if (c == '“' || (c == '"' && open < 0)) { if (open < 0) open = i; }
            else if ((c == '”' || c == '"') && open >= 0) { spans.Add(new TextSpan(open, i + 1)); open = -1; }
        }
        if (open >= 0) spans.Add(new TextSpan(open, end));
        return spans;
    }
}
