using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>A capitalised phrase no lexicon knows: a PERSON when it looks like a person's name, else
    /// OTHER (for coreference to type later). A lone common word, or one opening a sentence, is nothing.</summary>
    private int UnknownPhraseRule(Scan s, Phrase p)
    {
        var (text, tokens) = (s.Text, s.Tokens);
        var t = tokens[p.Start];
        if (p.Length == 1)
        {
            if (!IsCommon(text, t)) s.Mentions.Add(Make(text, tokens, p.Start, p.Start + 1, "OTHER", SurfaceOf(text, tokens, p.Start, p.Start + 1), null));
            return p.Start + 1;
        }
        if (t.Has(TokenFlags.SentenceStart) && IsCommon(text, t)) return p.Start + 1;
        if (LooksLikePersonName(text, tokens, p.Start, p.End))
        {
            s.Mentions.Add(Person(text, tokens, p.Start, p.End));
            return p.End;
        }
        s.Mentions.Add(Make(text, tokens, p.Start, p.End, "OTHER", SurfaceOf(text, tokens, p.Start, p.End), null));
        // "Air Zimbabwe", "SOS Children's Villages Sudan": a country or state inside an unknown name is where it is.
        AddNestedPlaces(s, p.Start, p.End, statesOnly: true, anywhere: true);
        return p.End;
    }
}
