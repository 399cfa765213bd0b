using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>
    /// The longest gazetteer name here is a place, unless the evidence says otherwise: a one-word name that
    /// is ordinary English or weak (see <see cref="WeakSingleWordPlace"/>) and has no place cue before it, or
    /// a name in a person's context ("President Lincoln", "Georgia Smith"), which makes the phrase a PERSON.
    /// A weak first word is skipped alone: the words after it are read again.
    /// </summary>
    /// <summary>
    /// "Augusta's Highland Avenue", "Derry's Altnagelvin Hospital": a town's name owning a named street or building is the
    /// town, though a lone possessive is usually a person's ("Parker's attorney"); GeoWebNews and LGL lost both.
    /// </summary>
    private static bool FacilityAfterPossessive(Token[] tokens, int i)
    {
        if (!tokens[i].Has(TokenFlags.Possessive)) return false;
        for (var k = i + 1; k < tokens.Length && k <= i + 4; k++)
        {
            var t = tokens[k];
            if (t.Has(TokenFlags.BreakBefore) || !t.Has(TokenFlags.Capitalised)) return false;
            if (k > i + 1 && NameLexicons.FacilityHeads.Contains(t.Folded)) return true;
        }
        return false;
    }

    private int? GazetteerPlaceRule(Scan s, Phrase p)
    {
        if (p.PlaceLength == 0) return null;
        var (text, tokens) = (s.Text, s.Tokens);
        var t = tokens[p.Start];
        var single = p.PlaceLength == 1;
        var cued = PlaceCue(tokens, p.Start) || single && (LocalNounAfter(tokens, p.Start) || FacilityAfterPossessive(tokens, p.Start));
        if (PersonContext(tokens, p.Start, p.End, p.PlaceLength))
        {
            s.Mentions.Add(Person(text, tokens, p.Start, p.End));
            return p.End;
        }
        // "University of Hartford", "Pack 162 of Plainview": a weak first word is no place, and says nothing of
        // the words after it, which get their own reading.
        if (single && (IsCommon(text, t) || !cued && WeakSingleWordPlace(text, tokens, p.Start, s.LowercaseWords)))
            return p.Start + 1;
        s.Mentions.Add(Make(text, tokens, p.Start, p.Start + p.PlaceLength, "GPE", SurfaceOf(text, tokens, p.Start, p.Start + p.PlaceLength), null, fromGazetteer: true)
            with { PlaceCued = cued });
        return p.Start + p.PlaceLength;
    }
}
