using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>"Nelson said": a one-word name that speaks is a person unless it is a well-known place ("Moscow said").</summary>
    private int? SpeakingNameRule(Scan s, Phrase p)
    {
        var t = s.Tokens[p.Start];
        if (p.PlaceLength != 1 || p.Length != 1 || p.ActorLength != 0 || !SpeechFollows(s.Text, s.Tokens, p.Start) || StrongPlace(t.Folded)
            || PlaceCue(s.Tokens, p.Start)) return null;
        s.Mentions.Add(Make(s.Text, s.Tokens, p.Start, p.Start + 1, "PERSON", SurfaceOf(s.Text, s.Tokens, p.Start, p.Start + 1), null));
        return p.Start + 1;
    }

    /// <summary>"AFP PHOTO / POOL": a word in capitals is a place only if well known, opening a line (a
    /// dateline, "MANSFIELD --") or followed by a comma ("RICHLAND, Wash.").</summary>
    private int? CapitalisedCaptionRule(Scan s, Phrase p)
    {
        var t = s.Tokens[p.Start];
        if (p.PlaceLength == 1 && t.Has(TokenFlags.AllCaps) && p.ActorLength == 0 && !StrongPlace(t.Folded) && !StartsLine(s.Text, t)
            && !(t.End < s.Text.Length && s.Text[t.End] == ','))
            return p.Start + 1;
        return null;
    }
}
