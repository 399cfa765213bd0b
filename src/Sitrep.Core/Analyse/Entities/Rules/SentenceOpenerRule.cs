using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>"The Islamic State", "Fighters of the Palmyra Front": a sentence's first word that no lexicon
    /// knows, and that is ordinary English or followed by a connector, is not the start of the name after it.</summary>
    private int? SentenceOpenerRule(Scan s, Phrase p)
    {
        var t = s.Tokens[p.Start];
        if (p.LexiconLength == 0 && p.Length >= 2 && !NameLexicons.LeadingFeatureHeads.Contains(t.Folded)
            && (IsCommon(s.Text, t) || t.Has(TokenFlags.SentenceStart) && NameLexicons.Connectors.Contains(s.Tokens[p.Start + 1].Folded)))
            return p.Start + 1;
        return null;
    }
}
