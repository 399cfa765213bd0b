using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

/// <summary>
/// Rule "possessive without its apostrophe": "Syrias opposition", "Russias defence ministry", "Bashar Assads forces" — a
/// page stripped of its punctuation (FA-KES) writes the possessive as a plain "s", and the name was lost ("Syrias" an
/// unknown word, "Bashar Assads" a person no one else is). A capitalised word that no lexicon knows, ending in one "s",
/// whose stem is a well-known name (a country, a first-level region, a city of a million, or an actor of the knowledge
/// base) is read as that name's possessive, on a page with no "'s" anywhere. The word itself known ("Hamas", "Athens", "Philippines", a town of a
/// thousand people) stays as it is.
/// </summary>
public static class BarePossessives
{
    public static void Mark(string text, Token[] tokens, ActorKnowledgeBase kb, Gazetteer gazetteer)
    {
        if (!Stripped(text)) return;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var f = t.Folded;
            if (!t.Has(TokenFlags.Capitalised) || t.Has(TokenFlags.AllCaps) || t.Has(TokenFlags.Possessive) || f.Length < 5
                || f[^1] != 's' || f[^2] == 's' || t.End - t.CoreEnd != 0) continue;
            // "Assads", a Moroccan hamlet of no recorded population, does not keep "Bashar Assads" from being Assad's.
            if (kb.FindFolded(f) is not null || gazetteer.NamesPlaceOf(f, 1_000)) continue;
            var stem = f[..^1];
            if (kb.FindFolded(stem) is null && !gazetteer.NamesPlaceOf(stem, 1_000_000) && !EndsActorName(tokens, i, stem, kb)) continue;
            tokens[i] = t with { CoreEnd = t.End - 1, Folded = stem, Flags = t.Flags | TokenFlags.Possessive };
        }
    }

    /// <summary>"Human Rights Watchs executive director": the stem ends a knowledge-base name of two to four words whose
    /// other words come right before it ("human rights watch").</summary>
    private static bool EndsActorName(Token[] tokens, int i, string stem, ActorKnowledgeBase kb)
    {
        var name = stem;
        for (var back = 1; back <= 3 && i - back >= 0; back++)
        {
            var t = tokens[i - back];
            if (!t.Has(TokenFlags.Capitalised) && t.Folded is not ("of" or "for" or "and" or "the")) return false;
            name = t.Folded + " " + name;
            if (kb.FindFolded(name) is not null) return true;
        }
        return false;
    }

    /// <summary>Only a page that lost its punctuation: no "'s" anywhere and under one comma in fifty words (FA-KES has
    /// none; news prose has one in fifteen or twenty). A page that writes "'s" means "Americas" is the Americas.</summary>
    private static bool Stripped(string text)
    {
        if (text.Length < 500 || text.Contains("'s", StringComparison.Ordinal) || text.Contains("’s", StringComparison.Ordinal)) return false;
        int words = 0, commas = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == ',') commas++;
            else if (text[i] == ' ' && i + 1 < text.Length && char.IsLetter(text[i + 1])) words++;
        return commas * 50 < words;
    }
}
