using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>
    /// The longest gazetteer name here is a place, unless the evidence says otherwise: a one-word name that
    /// is ordinary English or weak (see <see cref="WeakSingleWordPlace"/>) and has no place cue before it, or
    /// a name in a person's context ("President Lincoln", "Georgia Smith"), which makes the phrase a PERSON.
    /// </summary>
    private int? GazetteerPlaceRule(Scan s, Phrase p)
    {
        if (p.PlaceLength == 0) return null;
        var (text, tokens) = (s.Text, s.Tokens);
        var t = tokens[p.Start];
        var single = p.PlaceLength == 1;
        var cued = PlaceCue(tokens, p.Start);
        if (single && (IsCommon(text, t) || !cued && WeakSingleWordPlace(text, tokens, p.Start, s.LowercaseWords))
            || PersonContext(tokens, p.Start, p.End, p.PlaceLength))
        {
            if (single && p.Length == 1) return p.Start + 1;
            s.Mentions.Add(Person(text, tokens, p.Start, p.End));
            return p.End;
        }
        s.Mentions.Add(Make(text, tokens, p.Start, p.Start + p.PlaceLength, "GPE", SurfaceOf(text, tokens, p.Start, p.Start + p.PlaceLength), null, fromGazetteer: true)
            with { PlaceCued = cued });
        return p.Start + p.PlaceLength;
    }
}
