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

    private static readonly HashSet<string> BodyNouns = ["organization", "organisation", "pollster", "agency", "company", "firm", "institute",
        "network", "broadcaster", "newspaper", "daily", "website", "outlet", "channel", "group", "centre", "center"];

    private static readonly HashSet<string> IssuedWorks = ["poll", "polls", "survey", "surveys", "report", "reports", "study", "index"];

    /// <summary>"the independent Russian polling organization Levada": a one-word name right after a body's common
    /// noun names that body, not the town that shares its name (seed 004 pinned Levada, Italy); so does one whose poll,
    /// report or figures the text cites ("the Gallup report", "the latest figures from Gallup": seed 004 pinned Gallup,
    /// New Mexico, and the figures had no speaker).</summary>
    private int? NamedBodyRule(Scan s, Phrase p)
    {
        if (p.Length != 1 || p.ActorLength != 0 || p.Start == 0 || StrongPlace(s.Tokens[p.Start].Folded)) return null;
        var before = s.Tokens[p.Start - 1];
        var introduced = !before.Has(TokenFlags.Capitalised) && !s.Tokens[p.Start].Has(TokenFlags.BreakBefore) && BodyNouns.Contains(before.Folded);
        // "the full Gallup report", "a Levada poll": a name that issues a report or a poll is the body that ran it.
        var issues = p.Start + 1 < s.Tokens.Length && s.Tokens[p.Start + 1] is var next && !next.Has(TokenFlags.Capitalised)
                     && !next.Has(TokenFlags.BreakBefore) && IssuedWorks.Contains(next.Folded);
        // "the latest figures from Gallup", "a survey by Levada": the works' author, after "from" or "by".
        var authored = p.Start >= 2 && !s.Tokens[p.Start].Has(TokenFlags.BreakBefore) && before.Folded is "from" or "by"
                       && (IssuedWorks.Contains(s.Tokens[p.Start - 2].Folded) || s.Tokens[p.Start - 2].Folded is "figures" or "data" or "numbers" or "statistics" or "estimates");
        if (!introduced && !issues && !authored) return null;
        s.Mentions.Add(Make(s.Text, s.Tokens, p.Start, p.Start + 1, "ORG", SurfaceOf(s.Text, s.Tokens, p.Start, p.Start + 1), null));
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
