using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>"The Islamic State", "Fighters of the Palmyra Front": a sentence's first word that no lexicon
    /// knows, and that is ordinary English or followed by a connector, is not the start of the name after it.
    /// Nor is a common word opening a sentence that the gazetteer knows only as a one-word village of that name:
    /// "As Nikolai Pakhomov writes" (As, Belgium) was read as one name.</summary>
    private int? SentenceOpenerRule(Scan s, Phrase p)
    {
        var t = s.Tokens[p.Start];
        var unknownOpener = p.LexiconLength == 0
            || p.ActorLength == 0 && p.PlaceLength == 1 && t.Has(TokenFlags.SentenceStart) && !StrongPlace(t.Folded);
        if (unknownOpener && p.Length >= 2 && !NameLexicons.LeadingFeatureHeads.Contains(t.Folded)
            && (IsCommon(s.Text, t) || t.Has(TokenFlags.SentenceStart) && NameLexicons.Connectors.Contains(s.Tokens[p.Start + 1].Folded)))
            return p.Start + 1;
        return null;
    }
}
