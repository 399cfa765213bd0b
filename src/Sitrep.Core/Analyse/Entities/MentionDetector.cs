using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

/// <summary>
/// Finds names without a trained model. At every capitalised word it reads the capitalised phrase that
/// starts there (<see cref="ChunkEnd"/>) and tries a list of small named rules, in order; the first that
/// applies emits its mentions and says where to go on. The rules, each in its own file:
///   0. <see cref="PossessivePlaceRule"/> and <see cref="AndPlaceRule"/>: "Queen Anne's County", "Bosnia and Herzegovina":
///      a place whose name holds a possessive or an "and";
///   1. <see cref="PersonCueRule"/>: after "Foreign Minister", "Lt. Gen.", "spokesman" the capitalised words are a PERSON;
///   2. <see cref="CompassPlaceRule"/>: "eastern Syria", "North Texas": a compass word before a place;
///      <see cref="PlaceNounRule"/>: "the town of Suruc", "the village of Jubata al-Khashab": a name after "town of";
///   3. <see cref="SentenceOpenerRule"/>: a common word opening a sentence is not the start of a name;
///   4. <see cref="HyphenatedPlacesRule"/>: "Fargo-Moorhead", "R-Lilburn": places joined by a hyphen are separate places;
///      <see cref="ModelYearRule"/>: "a 2001 Cadillac" is a vehicle, not the town;
///   5. <see cref="HeadWordRule"/>: a phrase ending in an organisation, group, event or facility head is one
///      name of that type even when it starts with a place ("Aleppo University" is a FAC, "Palmyra Front" a GROUP),
///      because Mordecai-style geoparsers lose most points on exactly those nested names;
///   6. <see cref="KnownActorRule"/>: the longest alias of the actor knowledge base;
///      <see cref="ToponymHeadRule"/>: "Bab al-Nairab", "Kafr Takharim": a Levantine toponym head opens a place's name;
///   7. <see cref="PlaceThenNameRule"/>: a place name followed by plain capitalised words is a longer name ("Paris Hilton");
///   8. <see cref="SpeakingNameRule"/>, <see cref="NamedBodyRule"/> and <see cref="CapitalisedCaptionRule"/>: one-word names
///      that speak, that a body's common noun introduces, or that shout;
///   9. <see cref="GazetteerPlaceRule"/>: the longest gazetteer name, unless the evidence says it is a person or a word;
///  10. <see cref="UnknownPhraseRule"/>: any other capitalised phrase, a PERSON when it looks like one.
/// Lone capitalised words that are ordinary English ("However", "Police") are never names by themselves.
/// </summary>
public sealed partial class MentionDetector(ActorKnowledgeBase kb, Gazetteer gazetteer, NameLexicons lexicons)
{
    /// <summary>One pass over a body: its text and words, the mentions found so far, and the words the
    /// page writes in lower case (computed on first use: most pages never need it).</summary>
    private sealed class Scan(string text, Token[] tokens)
    {
        public string Text { get; } = text;
        public Token[] Tokens { get; } = tokens;
        public List<Mention> Mentions { get; } = [];
        private HashSet<string>? _lowercase;
        public HashSet<string> LowercaseWords => _lowercase ??= LowercaseWordsOf(Tokens);
    }

    /// <summary>The capitalised phrase at <see cref="Start"/>..<see cref="End"/> and what the lexicons know of
    /// its start: the longest actor alias and the longest place name.</summary>
    private readonly record struct Phrase(int Start, int End, int ActorLength, Actor? Actor, int PlaceLength)
    {
        public int Length => End - Start;
        public int LexiconLength => Math.Max(ActorLength, PlaceLength);
    }

    public List<Mention> Detect(string text, Token[] tokens)
    {
        var scan = new Scan(text, tokens);
        var i = 0;
        while (i < tokens.Length)
        {
            var t = tokens[i];
            if (!t.Has(TokenFlags.Capitalised) && !t.Has(TokenFlags.AllCaps) || t.Has(TokenFlags.Digit) && !t.Has(TokenFlags.Capitalised)
                || IsContraction(text, t) || IsCurrencyPrefix(text, t))
            {
                i++;
                continue;
            }
            var chunkEnd = ChunkEnd(scan, i);
            i = PossessivePlaceRule(scan, i, chunkEnd)
                ?? AndPlaceRule(scan, i, chunkEnd)
                ?? PersonCueRule(scan, i, chunkEnd)
                ?? CompassPlaceRule(scan, i, chunkEnd)
                ?? PlaceNounRule(scan, i, chunkEnd)
                ?? ApplyPhraseRules(scan, ReadPhrase(scan, i, chunkEnd));
        }
        return scan.Mentions;
    }

    /// <summary>"I'll", "It's", "We're" (and their mis-decoded forms, "Itâ"): a contraction is a word, not a
    /// name, though folding drops its apostrophe ("I'll" would read "Ill.", Illinois).</summary>
    private static bool IsContraction(string text, Token t)
    {
        var word = text.AsSpan(t.Start, t.End - t.Start);
        if (word[^1] == 'â') return true;
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe <= 0) return false;
        var tail = word[(apostrophe + 1)..];
        return tail is "ll" or "re" or "ve" or "d" or "m" or "t" || tail is "s" && t.Has(TokenFlags.SentenceStart) && apostrophe <= 4 && IsPronoun(word[..apostrophe]);
    }

    /// <summary>"US$460 million", "A$20", "HK$": a country's letters before a dollar sign name a currency.</summary>
    private static bool IsCurrencyPrefix(string text, Token t) => t.End < text.Length && text[t.End] == '$';

    private static bool IsPronoun(ReadOnlySpan<char> w) =>
        w is "It" or "That" or "What" or "There" or "Here" or "He" or "She" or "Who" or "Where" or "Let";

    private Phrase ReadPhrase(Scan s, int i, int chunkEnd)
    {
        var (actorLength, actor) = LongestActor(s.Text, s.Tokens, i);
        return new Phrase(i, chunkEnd, actorLength, actor, LongestPlace(s.Tokens, i, chunkEnd));
    }

    private int ApplyPhraseRules(Scan s, Phrase p) =>
        SentenceOpenerRule(s, p)
        ?? HyphenatedPlacesRule(s, p)
        ?? ModelYearRule(s, p)
        ?? HeadWordRule(s, p)
        ?? KnownActorRule(s, p)
        ?? ToponymHeadRule(s, p)
        ?? PlaceThenNameRule(s, p)
        ?? SpeakingNameRule(s, p)
        ?? NamedBodyRule(s, p)
        ?? DatelineRule(s, p)
        ?? CapitalisedCaptionRule(s, p)
        ?? GazetteerPlaceRule(s, p)
        ?? UnknownPhraseRule(s, p);
}
