using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    private static readonly HashSet<string> PartyMembers =
        ["republican", "republicans", "democrat", "democrats", "democratic", "labour", "tory", "tories", "conservative", "conservatives", "liberal", "liberals"];

    /// <summary>
    /// "Paris Hilton", "Gordon Brown": a place name followed by capitalised words that are no place is the
    /// first word of a longer name, a PERSON when it looks like one. "Texas Rangers": a longer name that
    /// starts with a well-known place still names the place (nested).
    /// </summary>
    private int? PlaceThenNameRule(Scan s, Phrase p)
    {
        var (text, tokens) = (s.Text, s.Tokens);
        if (p.PlaceLength == 0 || p.PlaceLength >= p.Length || !RestIsPlainName(tokens, p.Start + p.PlaceLength, p.End)) return null;
        var placeEnd = p.Start + p.PlaceLength;
        // "the Madison County Sheriff's Department", "Lamar County Commissioners", "a Kettering Republican", "the Decatur
        // Democrat": a county is nobody's given name and surname, and a party or an office after a place is that place's.
        // LGL lost a dozen counties to "persons" such as "Madison County Sheriff".
        if (p.PlaceLength > 1 && NameLexicons.RegionHeads.Contains(tokens[placeEnd - 1].Folded)
            || PartyMembers.Contains(tokens[placeEnd].Folded) || IsCue(tokens[placeEnd].Folded))
        {
            s.Mentions.Add(Place(s, p.Start, placeEnd)
                with { PlaceCued = true });
            // The words after the place are the body or the word it qualifies ("Wright County Egg"), not a place of their
            // own, or an office and its holder ("Laurel County Clerk Dean Johnson").
            s.Mentions.Add(p.End - placeEnd >= 2 && LooksLikePersonName(text, tokens, placeEnd, p.End)
                ? Person(text, tokens, placeEnd, p.End)
                : Make(text, tokens, placeEnd, p.End, "OTHER", SurfaceOf(text, tokens, placeEnd, p.End), null));
            return p.End;
        }
        // A person's name starts with a given name, or is two words ("Teresa Bach"); "Flemington Elks Lodge" is not one.
        var firstName = lexicons.FirstNames.Contains(Capitalise(tokens[p.Start].Folded));
        if (LooksLikePersonName(text, tokens, p.Start, p.End) && (firstName || p.Length == 2 && !StrongPlace(tokens[p.Start].Folded))
            || PersonNameEvidence(text, tokens, p))
            s.Mentions.Add(Person(text, tokens, p.Start, p.End));
        else
        {
            s.Mentions.Add(Make(text, tokens, p.Start, p.End, "OTHER", SurfaceOf(text, tokens, p.Start, p.End), null));
            AddNestedPlaces(s, p.Start, p.End);
        }
        return p.End;
    }

    /// <summary>
    /// "Tanga Sheri Moon, 34, a daily caregiver": a city's name that opens a name followed by an age is a person's given
    /// name, not the city (LGL pinned Tanga, Tanzania that way). A page's later use of the second word alone was tried
    /// too ("Sydney McClain ... McClain said") and lost 14 LGL hits ("Texas Rangers ... Rangers"), so only the age counts.
    /// </summary>
    private static bool PersonNameEvidence(string text, Token[] tokens, Phrase p) => AgeFollows(text, tokens[p.End - 1].End);
}
