using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>
    /// A head word after the lexicon match makes the whole phrase one name of the head's type: "Aleppo
    /// University" (FAC), "Palmyra Front" (GROUP), "Rapides Parish" (an admin region, GPE). A known actor
    /// with a head word ("Jabhat al-Nusra Front") or after a modifier ("Al-Qaeda-linked Al-Nusra Front")
    /// is still that actor. Places named inside the longer name are nested place mentions.
    /// </summary>
    private int? HeadWordRule(Scan s, Phrase p)
    {
        var (text, tokens) = (s.Text, s.Tokens);
        var (headType, headAt) = RightmostHead(tokens, p.Start, p.End);
        // "University of Hartford": a head word that happens to be a town's name ("University, Florida") still heads.
        var lexiconLength = p.ActorLength == 0 && p.PlaceLength == 1 && IsCommon(text, tokens[p.Start]) ? 0 : p.LexiconLength;
        if (headType is null || headAt < p.Start + lexiconLength || p.Length < 2) return null;
        // "UNICEF director Anthony Lake", "singer Greg Lake": after a lower-case person cue a given name and a feature word are
        // a person's name (FA-KES: UNICEF's director was pinned in New Mexico and his words had no speaker).
        if (headType == "LOC" && p.Start > 0 && !tokens[p.Start].Has(TokenFlags.BreakBefore) && !tokens[p.Start - 1].Has(TokenFlags.Capitalised)
            && IsCue(tokens[p.Start - 1].Folded) && lexicons.FirstNames.Contains(Capitalise(tokens[p.Start].Folded)))
        {
            s.Mentions.Add(Person(text, tokens, p.Start, p.End));
            return p.End;
        }
        if (headType == "REGION")
        {
            s.Mentions.Add(Place(s, p.Start, headAt + 1));
            return headAt + 1;
        }
        if (p.Actor is { Type: "GROUP" or "ORG" } actor && p.ActorLength > 0)
        {
            s.Mentions.Add(Make(text, tokens, p.Start, p.End, actor.Type, actor.Canonical, actor.Kb));
            return p.End;
        }
        if (KnownTail(text, tokens, p.Start, p.End) is { } known)
        {
            s.Mentions.Add(Make(text, tokens, known.Start, p.End, known.Actor.Type, known.Actor.Canonical, known.Actor.Kb));
            return p.End;
        }
        s.Mentions.Add(Make(text, tokens, p.Start, p.End, headType, SurfaceOf(text, tokens, p.Start, p.End), null));
        // "Dublin Road", "Main Street": streets carry towns' and people's names without being in those towns;
        // only a state or county in a road's name is where the road is ("Douglas County Road 4", "S.C. Highway Patrol").
        // "Marine Energy Wales Annual Conference", "Gulf Cooperation Council Summit": an event's name carries the country
        // or region where it is held anywhere in it, not only first (GeoWebNews gold tags Wales; we typed it EVENT and lost it).
        if (headType is not "LOC") AddNestedPlaces(s, p.Start, p.End, statesOnly: NameLexicons.StreetHeads.Contains(tokens[headAt].Folded), statesAnywhere: headType == "EVENT", compassParts: headType != "FAC");
        return p.End;
    }

    private static (string? Type, int At) RightmostHead(Token[] tokens, int i, int chunkEnd)
    {
        for (var k = chunkEnd - 1; k >= i; k--)
        {
            var f = tokens[k].Folded;
            // "Raynola St. Clair", "Fort St. John": "St." before a name is Saint, not Street.
            if (f == "st" && k < chunkEnd - 1) continue;
            if (NameLexicons.GroupHeads.Contains(f)) return ("GROUP", k);
            if (NameLexicons.EventHeads.Contains(f)) return ("EVENT", k);
            if (NameLexicons.FacilityHeads.Contains(f)) return ("FAC", k);
            if (NameLexicons.OrgHeads.Contains(f)) return ("ORG", k);
            if (NameLexicons.FeatureHeads.Contains(f) && k > i) return ("LOC", k);
        }
        // "Lake Vermont", "Mount Hermon", "Gulf of Mexico": a feature word first names the feature, not the place after it.
        if (chunkEnd - i >= 2 && NameLexicons.LeadingFeatureHeads.Contains(tokens[i].Folded)) return ("LOC", chunkEnd - 1);
        // "Avoyelles Parish Sheriff": the region ends at its head word, whatever follows.
        for (var k = i + 1; k < chunkEnd; k++)
            if (NameLexicons.RegionHeads.Contains(tokens[k].Folded)) return ("REGION", k);
        return (null, -1);
    }

    private (int Start, Actor Actor)? KnownTail(string text, Token[] tokens, int i, int chunkEnd)
    {
        for (var j = i + 1; j < chunkEnd; j++)
        {
            var (len, actor) = LongestActor(text, tokens, j);
            if (actor is not null && j + len == chunkEnd) return (j, actor);
        }
        return null;
    }
}
