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
        if (ModifierBeforePlace(s, p) || ModifierBeforeActor(s, p)) return p.Start + 1;
        if (LooksLikePersonName(text, tokens, p.Start, p.End))
        {
            s.Mentions.Add(Person(text, tokens, p.Start, p.End));
            return p.End;
        }
        s.Mentions.Add(Make(text, tokens, p.Start, p.End, "OTHER", SurfaceOf(text, tokens, p.Start, p.End), null));
        // "Air Zimbabwe", "SOS Children's Villages Sudan": a country or state inside an unknown name is where it is.
        AddNestedPlaces(s, p.Start, p.End, statesOnly: true, anywhere: true, citiesAfterOf: true);
        return p.End;
    }

    /// <summary>"the Takfiri ISIL group", "Jihadist Daesh": a capitalised epithet before a known actor's alias is no part of
    /// its name (FA-KES: "Takfiri ISIL" was an unknown name, and the speaker came out a person). Not a given name
    /// ("Omar Hezbollah" would be a person).</summary>
    private bool ModifierBeforeActor(Scan s, Phrase p)
    {
        var first = s.Tokens[p.Start];
        if (p.Length < 2 || lexicons.FirstNames.Contains(Capitalise(first.Folded))) return false;
        return LongestActor(s.Text, s.Tokens, p.Start + 1).Length == p.Length - 1;
    }

    /// <summary>
    /// "Historic Dublin", "Generation Charleston", "Downtown Greer", "Current Hong Kong legislation": a capitalised
    /// word before a place reads like a given name and a surname, but it is a modifier when it is no given name and
    /// either the place is major (a country, a state, a city of a million) or the page writes the word in lower case and names
    /// the place without it elsewhere.
    /// Such "persons" also turned the story's other mentions of the town into people (LGL: Dublin, Ohio).
    /// </summary>
    private bool ModifierBeforePlace(Scan s, Phrase p)
    {
        var tokens = s.Tokens;
        var first = tokens[p.Start];
        if (p.Length < 2 || first.Has(TokenFlags.AllCaps) || lexicons.FirstNames.Contains(Capitalise(first.Folded)) || IsCue(first.Folded)) return false;
        if (LongestPlace(tokens, p.Start + 1, p.End) != p.Length - 1) return false;
        // A big city is not enough ("Graeme Hamilton", "Lutchman Chandler": given names no list knows), nor a word the page
        // writes in lower case when the town appears only after it ("Salmonella Litchfield", "Exercise Hawthorn").
        // "Epicurean Santa Barbara": a place of two words or more is seldom a surname (particles aside: "Anna Van Buren"),
        // unless the phrase goes on a longer capitalised title ("an interview with In Business Las Vegas", a magazine).
        return MajorPlace(Join(tokens, p.Start + 1, p.End))
               || p.Length >= 3 && !SurnameParticles.Contains(tokens[p.Start + 1].Folded) && !AfterCapitalisedWord(tokens, p.Start)
               || s.LowercaseWords.Contains(first.Folded) && NamedElsewhere(tokens, p.Start + 1, first.Folded);
    }

    private static bool AfterCapitalisedWord(Token[] tokens, int i) =>
        i > 0 && !tokens[i].Has(TokenFlags.BreakBefore) && (tokens[i - 1].Has(TokenFlags.Capitalised) || tokens[i - 1].Has(TokenFlags.AllCaps));

    /// <summary>A country, a state or a city of a million: not Hamilton, the small capital of Bermuda, nor a county.</summary>
    private bool MajorPlace(string folded) => gazetteer.NamesPlaceOf(folded, 1_000_000);

    /// <summary>The word at <paramref name="at"/> also appears in the page without <paramref name="modifier"/> before it.</summary>
    private static bool NamedElsewhere(Token[] tokens, int at, string modifier)
    {
        for (var k = 0; k < tokens.Length; k++)
            if (k != at && tokens[k].Folded == tokens[at].Folded && (k == 0 || tokens[k - 1].Folded != modifier)) return true;
        return false;
    }
}
