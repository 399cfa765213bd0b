namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>
    /// "HELENA, Mont. (AP) -", "WAUSAU, Wis. (WSAW) --", "IMMOKALEE – Congressman ...", "BEIRUT (AP)": a place in
    /// capitals opening a line, then a comma and a region, a bracketed agency or a dash, is the story's dateline.
    /// Why: a lone word opening the text is weak evidence of a place (it may be a first name: "Helena"), so
    /// GeoWebNews datelines such as HELENA, PLEASANTON and WAUSAU were dropped; the dateline's shape is the cue.
    /// </summary>
    private int? DatelineRule(Scan s, Phrase p)
    {
        var (text, tokens) = (s.Text, s.Tokens);
        if (p.PlaceLength != p.Length || p.ActorLength > p.PlaceLength || !StartsLine(text, tokens[p.Start]) && !AfterHeadlineOrDate(tokens, p.Start)) return null;
        for (var k = p.Start; k < p.End; k++)
            if (!tokens[k].Has(TokenFlags.AllCaps) || tokens[k].Has(TokenFlags.Possessive)) return null;
        var end = tokens[p.End - 1].CoreEnd;
        if (!DatelineFollows(s, p.End, end)) return null;
        s.Mentions.Add(Place(s, p.Start, p.End)
            with { PlaceCued = true });
        return p.End;
    }

    /// <summary>After the place: ", Region" (a name the gazetteer knows), " (AGENCY)" or a dash.</summary>
    private bool DatelineFollows(Scan s, int next, int end)
    {
        var text = s.Text;
        var i = end;
        if (i < text.Length && text[i] == ',')
            return next < s.Tokens.Length && s.Tokens[next].Has(TokenFlags.Capitalised) && !s.Tokens[next].Has(TokenFlags.SentenceStart)
                   && LongestPlace(s.Tokens, next, Math.Min(s.Tokens.Length, next + 3)) > 0;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && text[i] is '(' or '–' or '—' || i + 1 < text.Length && text[i] == '-' && text[i + 1] is '-' or ' ';
    }

    /// <summary>
    /// "Bingham to offer plan to combat drugs. TORRINGTON — Mayor ...", "March 29, 2009 PATASKALA -- City officials":
    /// scraped pages often run the headline or the byline's date into the body on one line, so the dateline opens a
    /// sentence or follows a year rather than a line (LGL: two dozen such datelines were lost).
    /// </summary>
    private static bool AfterHeadlineOrDate(Token[] tokens, int i) =>
        tokens[i].Has(TokenFlags.SentenceStart)
        || i > 0 && tokens[i - 1] is { Folded.Length: 4 } year && year.Has(TokenFlags.Digit) && year.Folded.All(char.IsAsciiDigit);
}
