namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    private static readonly HashSet<string> PartyTags = ["d", "r", "i", "dfl", "gop", "ind"];

    /// <summary>
    /// "Logan-Rogersville students", "Athens-Clarke County", "Fargo-Moorhead": two places joined by a hyphen are two
    /// places, not one name. Read as one phrase, "Logan-Rogersville" looked like a given name and a surname, and the
    /// story's other "Rogersville" mentions then followed that "person" (LGL lost a whole article that way).
    /// "Rep. Clay Cox (R-Lilburn)", "Tony Sertich, DFL-Chisholm": a party's letter, a hyphen and a place is where the
    /// legislator is from (LGL annotates these towns and counties).
    /// Only the first place is taken here; the words after the hyphen are read again as a phrase of their own.
    /// </summary>
    private int? HyphenatedPlacesRule(Scan s, Phrase p)
    {
        var (text, tokens) = (s.Text, s.Tokens);
        var join = FirstHyphenJoin(text, tokens, p.Start, Math.Min(p.End, p.Start + MaxPlaceTokens));
        if (join < 0) return null;
        var right = join + 1;
        var rightPlace = LongestPlace(tokens, right, p.End);
        if (rightPlace == 0) return null;
        if (join == p.Start && PartyTags.Contains(tokens[p.Start].Folded) && !tokens[p.Start].Has(TokenFlags.SentenceStart))
        {
            s.Mentions.Add(Place(s, right, right + rightPlace)
                with { PlaceCued = true });
            return right + rightPlace;
        }
        // "Hartsfield-Jackson International Airport", "NATO-Russia Council": a body's or a facility's name keeps its head
        // (its places are nested there); "Arab-Israeli", "Webb-Lawton said", "Navarro-Valls", "Shin-Soo Choo": a
        // demonym, a speaker or a person's name goes on past the places.
        if (RightmostHead(tokens, p.Start, p.End).Type is { } head && head != "REGION" || gazetteer.IsDemonym(tokens[right].Folded)
            || SpeechFollows(text, tokens, p.End - 1) || p.End > right + rightPlace && RestIsPlainName(tokens, right + rightPlace, p.End)
            || p.Start > 0 && !tokens[p.Start].Has(TokenFlags.BreakBefore) && (IsCue(tokens[p.Start - 1].Folded) || tokens[p.Start - 1].Has(TokenFlags.Capitalised)))
            return null;
        var left = right - p.Start;
        // "Winston-Salem", "Wilkes-Barre": a hyphenated name the gazetteer knows whole is one place.
        if (p.ActorLength >= left || p.PlaceLength > left || LongestPlace(tokens, p.Start, right) != left) return null;
        s.Mentions.Add(Place(s, p.Start, right)
            with { PlaceCued = true });
        return right;
    }

    /// <summary>The last word of the first pair in [start, end) written with a hyphen and no space between them; -1 if none.</summary>
    private static int FirstHyphenJoin(string text, Token[] tokens, int start, int end)
    {
        for (var k = start; k + 1 < end; k++)
            if (IsHyphenJoined(text, tokens, k)) return k;
        return -1;
    }

    /// <summary>Word <paramref name="k"/> and the next are "Fargo-Moorhead": a hyphen right between them.</summary>
    private static bool IsHyphenJoined(string text, Token[] tokens, int k) =>
        k + 1 < tokens.Length && tokens[k].End < text.Length && text[tokens[k].End] is '-' or '‑' && tokens[k + 1].Start == tokens[k].End + 1;
}
