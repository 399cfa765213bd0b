namespace Sitrep.Analyse.Entities;

/// <summary>A word of the body. <see cref="CoreEnd"/> leaves out a possessive "'s" ("Russia's" → "Russia").</summary>
public readonly record struct Token(int Start, int End, int CoreEnd, string Folded, TokenFlags Flags)
{
    public bool Has(TokenFlags f) => (Flags & f) != 0;
}

[Flags]
public enum TokenFlags
{
    None = 0,
    Capitalised = 1,         // "Aleppo", "al-Nusra" (Arabic article, then a capital), "Пальмира"
    AllCaps = 2,             // "ISIS", "SDF", "U.S."
    SentenceStart = 4,       // first word of a sentence, paragraph or quote: its capital proves nothing
    BreakBefore = 8,         // punctuation or a line break between this word and the one before
    Possessive = 16,         // ends in 's
    Digit = 32,
    BreakAfterCore = 64,     // possessive: nothing may follow the core in the same name
}
