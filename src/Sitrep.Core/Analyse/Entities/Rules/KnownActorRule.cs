using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>The longest alias of the actor knowledge base, when no longer place name starts here
    /// ("Islamic State", "SAA", "Russian Aerospace Forces"). "Russian troops", "Syrian Arab Army": the
    /// country word of an actor's name is a nested place.</summary>
    private int? KnownActorRule(Scan s, Phrase p)
    {
        if (p.Actor is not { } actor || p.ActorLength < p.PlaceLength) return null;
        // "in Clinton", "a Clinton couple", "County Kerry": a well-known person's surname alone, with a cue of place before
        // or a word of local news after it, is the town (LGL's Clinton, New Jersey, was read as Hillary Clinton four times).
        if (actor.Type == "PERSON" && p.ActorLength == 1 && p.PlaceLength == 1 && !s.Tokens[p.Start].Has(TokenFlags.Possessive)
            && (PlaceCue(s.Tokens, p.Start) || LocalNounAfter(s.Tokens, p.Start)))
            return null;
        var isPlace = actor.Type is "GPE" or "LOC" or "FAC";
        s.Mentions.Add(Make(s.Text, s.Tokens, p.Start, p.Start + p.ActorLength, actor.Type, actor.Canonical, actor.Kb, fromGazetteer: isPlace));
        if (!isPlace && p.ActorLength > 1 && actor.Type != "PERSON") AddNestedPlaces(s, p.Start, p.Start + p.ActorLength, statesOnly: true);
        return p.Start + p.ActorLength;
    }
}
