using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>
    /// "Paris Hilton", "Gordon Brown": a place name followed by capitalised words that are no place is the
    /// first word of a longer name, a PERSON when it looks like one. "Texas Rangers": a longer name that
    /// starts with a well-known place still names the place (nested).
    /// </summary>
    private int? PlaceThenNameRule(Scan s, Phrase p)
    {
        var (text, tokens) = (s.Text, s.Tokens);
        if (p.PlaceLength == 0 || p.PlaceLength >= p.Length || !RestIsPlainName(tokens, p.Start + p.PlaceLength, p.End)) return null;
        // A person's name starts with a given name, or is two words ("Teresa Bach"); "Flemington Elks Lodge" is not one.
        var firstName = lexicons.FirstNames.Contains(Capitalise(tokens[p.Start].Folded));
        if (LooksLikePersonName(text, tokens, p.Start, p.End) && (firstName || p.Length == 2 && !StrongPlace(tokens[p.Start].Folded)))
            s.Mentions.Add(Person(text, tokens, p.Start, p.End));
        else
        {
            s.Mentions.Add(Make(text, tokens, p.Start, p.End, "OTHER", SurfaceOf(text, tokens, p.Start, p.End), null));
            AddNestedPlaces(s, p.Start, p.End);
        }
        return p.End;
    }
}
