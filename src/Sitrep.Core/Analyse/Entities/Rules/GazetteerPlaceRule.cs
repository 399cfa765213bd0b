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

    /// <summary>
    /// "19/20 May: Thruxton, Hampshire", "Pailin, Cambodia; Attapeu, Laos", "monkeys imported to Reston, Virginia": a town's
    /// name, a comma and a state or country that holds a town of that name is the town, wherever it stands (a sentence's
    /// first word is otherwise too weak to keep, and GeoWebNews lost a whole race calendar so).
    /// </summary>
    private bool ContainerFollows(string text, Token[] tokens, int start, int end)
    {
        if (end >= tokens.Length || tokens[end - 1].CoreEnd != tokens[end - 1].End) return false;
        var gap = text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End);
        if (gap is not ", " || !tokens[end].Has(TokenFlags.Capitalised)) return false;
        var regionLength = LongestPlace(tokens, end, Math.Min(tokens.Length, end + MaxPlaceTokens));
        if (regionLength == 0) return false;
        // "Freeland, U.S. Trade Representative Robert Lighthizer": the region must end its phrase.
        var after = end + regionLength;
        if (after < tokens.Length && !tokens[after].Has(TokenFlags.BreakBefore) && (tokens[after].Has(TokenFlags.Capitalised) || tokens[after].Has(TokenFlags.AllCaps)))
            return false;
        var town = Join(tokens, start, end);
        foreach (var r in gazetteer.ByFoldedName(Join(tokens, end, end + regionLength)))
        {
            var region = gazetteer[r];
            if (!(region.IsCountry || region.FeatureClass == 'A')) continue;
            foreach (var t in gazetteer.ByFoldedName(town))
            {
                var place = gazetteer[t];
                if (place.Index != region.Index && place.Country == region.Country
                    && (region.IsCountry || region.Admin1.Length == 0 || place.Admin1 == region.Admin1)) return true;
            }
        }
        return false;
    }

    private int? GazetteerPlaceRule(Scan s, Phrase p)
    {
        if (p.PlaceLength == 0) return null;
        var (text, tokens) = (s.Text, s.Tokens);
        var t = tokens[p.Start];
        var single = p.PlaceLength == 1;
        var cued = PlaceCue(tokens, p.Start) || single && (LocalNounAfter(tokens, p.Start) || FacilityAfterPossessive(tokens, p.Start)
                                                           || ContainerFollows(text, tokens, p.Start, p.Start + 1));
        if (PersonContext(tokens, p.Start, p.End, p.PlaceLength))
        {
            s.Mentions.Add(Person(text, tokens, p.Start, p.End));
            return p.End;
        }
        // "University of Hartford", "Pack 162 of Plainview": a weak first word is no place, and says nothing of
        // the words after it, which get their own reading.
        if (single && (IsCommon(text, t) || !cued && WeakSingleWordPlace(text, tokens, p.Start, s.LowercaseWords)))
            return p.Start + 1;
        s.Mentions.Add(Place(s, p.Start, p.Start + p.PlaceLength)
            with { PlaceCued = cued });
        return p.Start + p.PlaceLength;
    }
}
